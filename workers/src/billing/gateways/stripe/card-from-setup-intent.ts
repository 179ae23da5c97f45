import type Stripe from 'stripe';
import type { AttachResult } from '../payment-gateway';

const idOf = (value: string | { id: string } | null): string | null => (typeof value === 'string' ? value : (value?.id ?? null));

/** Why a SetupIntent that has not succeeded did not give us a card, in words for the person adding it. */
const notSucceeded: Record<string, string> = {
  requires_payment_method: 'The card was not saved: no card was confirmed for this setup. Please enter the card again.',
  requires_confirmation: 'The card was not saved: the setup was never confirmed. Please enter the card again.',
  requires_action: 'The card was not saved: the bank asked for a confirmation (3-D Secure) that was not completed.',
  processing: 'The card is still being checked by the bank. Please try again in a minute.',
  canceled: 'The card was not saved: this setup was cancelled. Please enter the card again.',
};

/**
 * The card a SetupIntent (retrieved with `expand: ['payment_method']`) saved for this
 * customer, or why it did not. The id comes from the browser, so it is checked: a
 * SetupIntent of another customer never becomes this company's card.
 */
export function attachResultFromSetupIntent(intent: Stripe.SetupIntent, customerReference: string): AttachResult {
  if (idOf(intent.customer) !== customerReference) {
    return { status: 'declined', code: 'setup_intent_mismatch', message: 'This card was set up for another account. Please enter the card again.' };
  }
  if (intent.status !== 'succeeded') {
    const lastError = intent.last_setup_error;
    return {
      status: 'declined',
      code: lastError?.decline_code || lastError?.code || 'setup_incomplete',
      message: lastError?.message || (notSucceeded[intent.status] ?? `The card was not saved: the setup is "${intent.status}".`),
    };
  }
  const paymentMethod = intent.payment_method;
  if (paymentMethod === null || typeof paymentMethod === 'string') {
    // Only possible if the caller forgot the expand: a bug on our side, not the customer's.
    throw new Error(`SetupIntent ${intent.id} was read without its payment method expanded`);
  }
  if (!paymentMethod.card) {
    return { status: 'declined', code: 'not_a_card', message: `Atrium charges cards only; this setup saved a ${paymentMethod.type} payment method.` };
  }
  const { brand, last4, exp_month: expMonth, exp_year: expYear } = paymentMethod.card;
  return { status: 'attached', card: { reference: paymentMethod.id, brand, last4, expMonth, expYear } };
}
