import type Stripe from 'stripe';
import type { AttachResult, CardSetup, CardToAttach, ChargeRequest, ChargeResult, PaymentGateway } from '../payment-gateway';
import { attachResultFromSetupIntent } from './card-from-setup-intent';
import { chargeResultFromPaymentIntent } from './map-payment-intent';
import { chargeFailureFromStripeError, isMissingStripeObject } from './map-stripe-error';
import { createStripeClient, type StripeGatewayConfig } from './stripe-client';

export type { StripeGatewayConfig } from './stripe-client';

/** The real payment rail: Stripe customers, SetupIntents for cards, off-session PaymentIntents for charges. */
export function createStripeGateway(config: StripeGatewayConfig): PaymentGateway {
  const stripe = createStripeClient(config);
  const { publishableKey } = config;
  return {
    name: 'stripe',

    async ensureCustomer(company) {
      // Search is eventually consistent, so "find, else create" could create two. The key
      // makes a repeat within Stripe's 24-hour idempotency window return the same customer;
      // past it, the caller's stored customer id is what stops a second one.
      const customer = await stripe.customers.create(
        { name: company.name, email: company.email, metadata: { atrium_company_id: company.id } },
        { idempotencyKey: `customer:${company.id}` },
      );
      return customer.id;
    },

    async prepareCardSetup(customerReference): Promise<CardSetup> {
      // An unused SetupIntent costs nothing and expires, so this needs no idempotency key of ours.
      // (`allowed_payment_method_types` replaced `payment_method_types` in stripe-node 23.)
      const intent = await stripe.setupIntents.create({ customer: customerReference, usage: 'off_session', allowed_payment_method_types: ['card'] });
      if (!intent.client_secret) throw new Error(`Stripe returned SetupIntent ${intent.id} without a client secret`);
      return { gateway: 'stripe', clientSecret: intent.client_secret, publishableKey };
    },

    async attachCard(_companyId, customerReference, card: CardToAttach): Promise<AttachResult> {
      if (card.gateway !== 'stripe') {
        throw new Error('The stripe gateway was handed a sandbox card: the dashboard must confirm a SetupIntent with Stripe Elements');
      }
      let intent: Stripe.SetupIntent;
      try {
        intent = await stripe.setupIntents.retrieve(card.setupIntentId, { expand: ['payment_method'] });
      } catch (error) {
        if (!isMissingStripeObject(error)) throw error;
        return { status: 'declined', code: 'setup_intent_not_found', message: 'Stripe does not know this card setup. Please enter the card again.' };
      }
      return attachResultFromSetupIntent(intent, customerReference);
    },

    async detachCard(companyId, paymentMethodReference) {
      // Read first so that running twice (an activity retry) is a no-op instead of
      // Stripe's "not attached" error, and so a card of another company is never touched.
      let paymentMethod: Stripe.PaymentMethod;
      try {
        paymentMethod = await stripe.paymentMethods.retrieve(paymentMethodReference, { expand: ['customer'] });
      } catch (error) {
        if (isMissingStripeObject(error)) return;
        throw error;
      }
      const owner = paymentMethod.customer;
      if (owner === null) return;
      const ownerCompanyId = typeof owner === 'string' ? undefined : owner.metadata?.atrium_company_id;
      if (ownerCompanyId !== undefined && ownerCompanyId !== companyId) {
        throw new Error(`Payment method ${paymentMethodReference} belongs to company ${ownerCompanyId}, not ${companyId}`);
      }
      await stripe.paymentMethods.detach(paymentMethodReference);
    },

    async charge(request: ChargeRequest): Promise<ChargeResult> {
      try {
        const intent = await stripe.paymentIntents.create(
          {
            amount: request.amount.amount,
            currency: request.amount.currency.toLowerCase(),
            customer: request.customerReference,
            payment_method: request.paymentMethodReference,
            off_session: true,
            confirm: true,
            description: request.description,
            metadata: { atrium_company_id: request.companyId, atrium_charge_key: request.idempotencyKey },
          },
          // Same key, same charge: a retried activity gets this PaymentIntent back, not a second one.
          { idempotencyKey: request.idempotencyKey },
        );
        return chargeResultFromPaymentIntent(intent);
      } catch (error) {
        const declined = chargeFailureFromStripeError(error);
        if (declined) return declined;
        throw error;
      }
    },
  };
}
