import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import { money } from '@atrium/core';
import type { ChargeRequest, PaymentGateway } from '../payment-gateway';
import { createStripeGateway } from './stripe-gateway';
import { ScriptedStripe, stripeObjects } from './scripted-stripe.test-support';

/**
 * What Stripe's answers mean for a company's card and money. Stripe's side is scripted
 * (stripe-mock keeps no state and cannot decline); the SDK parses each answer for real.
 */
describe('the Stripe gateway, given what Stripe answered', () => {
  let stripe: ScriptedStripe;
  let gateway: PaymentGateway;
  const confirmedInBrowser = { gateway: 'stripe', setupIntentId: 'seti_from_the_browser' } as const;
  const renewal: ChargeRequest = {
    companyId: 'company-acme',
    customerReference: 'cus_acme',
    paymentMethodReference: 'pm_visa',
    amount: money(4900, 'EUR'),
    idempotencyKey: 'invoice-2026-11:1',
    description: 'Atrium Growth, November 2026',
  };

  beforeAll(async () => {
    stripe = await ScriptedStripe.start();
    gateway = createStripeGateway({ secretKey: 'sk_test_atrium', publishableKey: 'pk_test_atrium', host: '127.0.0.1', port: stripe.port, protocol: 'http' });
  });
  afterAll(() => stripe?.stop());
  beforeEach(() => stripe.reset());

  describe('adding a card', () => {
    it('a SetupIntent this customer confirmed becomes their card: brand, last four and expiry, never the number', async () => {
      stripe.answer('GET /v1/setup_intents/seti_from_the_browser', 200, stripeObjects.setupIntent('succeeded', 'cus_acme', stripeObjects.visaCard('cus_acme')));

      const result = await gateway.attachCard('company-acme', 'cus_acme', confirmedInBrowser);

      expect(result).toEqual({ status: 'attached', card: { reference: 'pm_visa', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 } });
    });

    it('a succeeded SetupIntent of another customer is declined, so one company cannot adopt another’s card', async () => {
      stripe.answer('GET /v1/setup_intents/seti_from_the_browser', 200, stripeObjects.setupIntent('succeeded', 'cus_other', stripeObjects.visaCard('cus_other')));

      const result = await gateway.attachCard('company-acme', 'cus_acme', confirmedInBrowser);

      expect(result).toMatchObject({ status: 'declined', code: 'setup_intent_mismatch' });
    });

    it('a card the bank refused during setup is declined with the bank’s reason', async () => {
      stripe.answer(
        'GET /v1/setup_intents/seti_from_the_browser',
        200,
        stripeObjects.setupIntent('requires_payment_method', 'cus_acme', null, {
          last_setup_error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' },
        }),
      );

      const result = await gateway.attachCard('company-acme', 'cus_acme', confirmedInBrowser);

      expect(result).toEqual({ status: 'declined', code: 'generic_decline', message: 'Your card was declined.' });
    });

    it('a setup still waiting for 3-D Secure is declined with words the person can act on', async () => {
      stripe.answer('GET /v1/setup_intents/seti_from_the_browser', 200, stripeObjects.setupIntent('requires_action', 'cus_acme', null));

      const result = await gateway.attachCard('company-acme', 'cus_acme', confirmedInBrowser);

      expect(result).toEqual({ status: 'declined', code: 'setup_incomplete', message: expect.stringContaining('3-D Secure') });
    });

    it('a SetupIntent id Stripe does not know is declined, not a server error', async () => {
      stripe.answer('GET /v1/setup_intents/seti_from_the_browser', 404, {
        error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such setupintent' },
      });

      const result = await gateway.attachCard('company-acme', 'cus_acme', confirmedInBrowser);

      expect(result).toMatchObject({ status: 'declined', code: 'setup_intent_not_found' });
    });
  });

  describe('charging a renewal', () => {
    it('a PaymentIntent that succeeded is money taken, referenced by its id', async () => {
      stripe.answer('POST /v1/payment_intents', 200, stripeObjects.paymentIntent('succeeded'));

      expect(await gateway.charge(renewal)).toEqual({ status: 'succeeded', reference: 'pi_renewal' });
    });

    it('insufficient funds (4000 0000 0000 9995) is a failed charge carrying the bank’s decline code and the intent', async () => {
      stripe.answer(
        'POST /v1/payment_intents',
        402,
        stripeObjects.cardError({
          code: 'card_declined',
          decline_code: 'insufficient_funds',
          message: 'Your card has insufficient funds.',
          payment_intent: stripeObjects.paymentIntent('requires_payment_method'),
        }),
      );

      expect(await gateway.charge(renewal)).toEqual({ status: 'failed', reference: 'pi_renewal', code: 'insufficient_funds', message: 'Your card has insufficient funds.' });
    });

    it('a card that needs the cardholder present (off-session 3-D Secure) fails with authentication_required', async () => {
      stripe.answer(
        'POST /v1/payment_intents',
        402,
        stripeObjects.cardError({
          code: 'authentication_required',
          decline_code: 'authentication_required',
          message: 'Your card was declined. This transaction requires authentication.',
          payment_intent: stripeObjects.paymentIntent('requires_payment_method'),
        }),
      );

      expect(await gateway.charge(renewal)).toMatchObject({ status: 'failed', code: 'authentication_required' });
    });

    it('an intent left waiting for the cardholder is a failed charge, not money taken', async () => {
      stripe.answer('POST /v1/payment_intents', 200, stripeObjects.paymentIntent('requires_action'));

      expect(await gateway.charge(renewal)).toMatchObject({ status: 'failed', reference: 'pi_renewal', code: 'authentication_required' });
    });

    it('an intent still processing is reported as such, with its reference to match the outcome later', async () => {
      stripe.answer('POST /v1/payment_intents', 200, stripeObjects.paymentIntent('processing'));

      expect(await gateway.charge(renewal)).toMatchObject({ status: 'failed', reference: 'pi_renewal', code: 'processing' });
    });

    it('Stripe failing on its side throws, so the activity retries with the same key rather than marking the invoice unpaid', async () => {
      stripe.answer('POST /v1/payment_intents', 500, { error: { type: 'api_error', message: 'Something went wrong on Stripe’s end.' } });

      await expect(gateway.charge(renewal)).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
    });

    it('a rate limit throws too: it is about us, not the card', async () => {
      stripe.answer('POST /v1/payment_intents', 429, { error: { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many requests' } });

      await expect(gateway.charge(renewal)).rejects.toBeInstanceOf(Stripe.errors.StripeRateLimitError);
    });
  });

  describe('removing a card', () => {
    const acmeCustomer = { id: 'cus_acme', object: 'customer', metadata: { atrium_company_id: 'company-acme' } };

    it('a card attached to the company’s customer is detached', async () => {
      stripe.answer('GET /v1/payment_methods/pm_visa', 200, stripeObjects.visaCard(acmeCustomer as never));
      stripe.answer('POST /v1/payment_methods/pm_visa/detach', 200, stripeObjects.visaCard(null));

      await gateway.detachCard('company-acme', 'pm_visa');

      expect(stripe.received).toEqual(['GET /v1/payment_methods/pm_visa', 'POST /v1/payment_methods/pm_visa/detach']);
    });

    it('removing it again (an activity retry) does nothing instead of failing', async () => {
      stripe.answer('GET /v1/payment_methods/pm_visa', 200, stripeObjects.visaCard(null));

      await gateway.detachCard('company-acme', 'pm_visa');

      expect(stripe.received).toEqual(['GET /v1/payment_methods/pm_visa']);
    });

    it('a card Stripe no longer knows is already gone', async () => {
      stripe.answer('GET /v1/payment_methods/pm_visa', 404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such PaymentMethod' } });

      await expect(gateway.detachCard('company-acme', 'pm_visa')).resolves.toBeUndefined();
    });

    it('a card of another company is never detached', async () => {
      stripe.answer('GET /v1/payment_methods/pm_visa', 200, stripeObjects.visaCard({ ...acmeCustomer, id: 'cus_other', metadata: { atrium_company_id: 'company-other' } } as never));

      await expect(gateway.detachCard('company-acme', 'pm_visa')).rejects.toThrow(/belongs to company company-other/);
      expect(stripe.received).toEqual(['GET /v1/payment_methods/pm_visa']);
    });
  });
});
