import { PaymentCustomer, withTenant } from '@atrium/db';
import { addPaymentMethodUpdate } from '@atrium/workflows';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { updateSubscription } from '../subscription-workflow';
import { InvalidStripeSignature, verifyStripeEvent } from './verify-stripe-event';

/**
 * Stripe's events, verified against the signing secret before anything in them is used.
 * Charges are confirmed synchronously (off-session PaymentIntents), so the one event that
 * changes our records is a confirmed SetupIntent: the card is recorded even when the
 * browser closed before it could tell us. Recording is idempotent on the card's id.
 */
export async function receiveStripeWebhook(deps: ApiDependencies, rawBody: string, signature: string | undefined) {
  const secret = deps.config.stripeWebhookSecret;
  if (!secret) throw new HttpError(404, 'not_found', 'Stripe webhooks are not configured here.');
  let event;
  try {
    event = verifyStripeEvent(rawBody, signature, secret);
  } catch (error) {
    if (error instanceof InvalidStripeSignature) throw new HttpError(400, 'invalid_signature', error.message);
    throw error;
  }
  if (event.type === 'setup_intent.succeeded') {
    const intent = event.data.object;
    const customer = typeof intent.customer === 'string' ? intent.customer : intent.customer?.id;
    const owner = customer
      ? await withTenant(deps.orm, { system: 'billing: stripe webhook' }, (em) => em.findOne(PaymentCustomer, { reference: customer }))
      : null;
    if (owner) {
      const companyId = typeof owner.company === 'string' ? owner.company : owner.company.id;
      await updateSubscription(deps, companyId, addPaymentMethodUpdate, {
        card: { gateway: 'stripe', setupIntentId: intent.id },
        makeDefault: false,
      });
    }
  }
  return { received: true, type: event.type };
}
