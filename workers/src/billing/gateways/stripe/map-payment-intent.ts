import type Stripe from 'stripe';
import type { ChargeResult } from '../payment-gateway';

/**
 * What a confirmed off-session PaymentIntent means for the invoice. Only `succeeded` is
 * money taken. Every other state is a failed charge rather than an exception: throwing
 * would make Temporal retry with the same idempotency key, which replays this very
 * intent and its state forever; a failed result lets dunning decide what happens next.
 */
export function chargeResultFromPaymentIntent(intent: Stripe.PaymentIntent): ChargeResult {
  const failed = (code: string, message: string): ChargeResult => ({ status: 'failed', reference: intent.id, code, message });
  switch (intent.status) {
    case 'succeeded':
      return { status: 'succeeded', reference: intent.id };
    case 'requires_action':
      return failed(
        'authentication_required',
        'The bank asked the cardholder to confirm this payment (3-D Secure), which cannot happen while they are away; they need to pay from the billing page.',
      );
    case 'processing':
      // Cards almost never process asynchronously. The reference lets whoever reads this
      // result match the outcome that arrives later by webhook before charging again.
      return failed('processing', 'The payment is still being processed by the card network; its outcome will arrive later.');
    case 'requires_payment_method': {
      const lastError = intent.last_payment_error;
      return failed(lastError?.decline_code || lastError?.code || 'card_declined', lastError?.message || 'The card was declined.');
    }
    default:
      return failed(`unexpected_${intent.status}`, `Stripe left the payment in the state "${intent.status}", which Atrium does not expect for an off-session charge.`);
  }
}
