import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import Stripe from 'stripe';
import { money } from '@atrium/core';
import type { PaymentGateway } from '../payment-gateway';
import { createStripeGateway } from './stripe-gateway';
import { recordingHttpClient, type SentToStripe } from './recording-http-client.test-support';
import { startStripeMock, type StripeMock } from './stripe-mock.test-support';

/**
 * Against stripe-mock: every request the gateway builds must pass Stripe's own OpenAPI
 * validation, and the fixtures it answers with must map to our shapes. stripe-mock keeps
 * no state (a SetupIntent is never "succeeded", a PaymentIntent never "succeeded"), so
 * the outcomes of real cards are covered in `stripe-gateway.outcomes.test.ts`.
 */
describe('the Stripe gateway against stripe-mock', () => {
  let mock: StripeMock;
  let gateway: PaymentGateway;
  let sent: SentToStripe[];
  const acme = { id: 'company-acme', name: 'Acme GmbH', email: 'billing@acme.test' };

  beforeAll(async () => {
    mock = await startStripeMock();
    const recording = recordingHttpClient();
    sent = recording.sent;
    gateway = createStripeGateway({
      secretKey: 'sk_test_atrium',
      publishableKey: 'pk_test_atrium',
      host: mock.host,
      port: mock.port,
      protocol: 'http',
      httpClient: recording.httpClient,
    });
  });
  afterAll(() => mock?.stop());
  beforeEach(() => {
    sent.length = 0;
  });

  it('a company becomes a Stripe customer created under its own idempotency key, with its Atrium id in the metadata', async () => {
    const customer = await gateway.ensureCustomer(acme);

    expect(customer).toMatch(/^cus_/);
    expect(sent).toHaveLength(1);
    const [request] = sent;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/customers', idempotencyKey: 'customer:company-acme' });
    expect(Object.fromEntries(request!.form)).toEqual({ name: 'Acme GmbH', email: 'billing@acme.test', 'metadata[atrium_company_id]': 'company-acme' });
  });

  it('asking twice for the same company sends the same key, so Stripe returns the first customer', async () => {
    await gateway.ensureCustomer(acme);
    await gateway.ensureCustomer({ ...acme });

    expect(sent.map((request) => request.idempotencyKey)).toEqual(['customer:company-acme', 'customer:company-acme']);
  });

  it('collecting a card starts an off-session card SetupIntent and hands the dashboard its client secret and the publishable key', async () => {
    const setup = await gateway.prepareCardSetup('cus_acme');

    expect(setup).toEqual({ gateway: 'stripe', clientSecret: expect.stringMatching(/^seti_.+_secret_/), publishableKey: 'pk_test_atrium' });
    expect(sent[0]).toMatchObject({ method: 'POST', path: '/v1/setup_intents' });
    expect(Object.fromEntries(sent[0]!.form)).toEqual({ customer: 'cus_acme', usage: 'off_session', 'allowed_payment_method_types[0]': 'card' });
  });

  it('a SetupIntent is read with its payment method expanded, and one that is not this customer’s never becomes their card', async () => {
    // stripe-mock's fixture SetupIntent has no customer and has not succeeded.
    const result = await gateway.attachCard('company-acme', 'cus_acme', { gateway: 'stripe', setupIntentId: 'seti_from_the_browser' });

    expect(sent[0]).toMatchObject({ method: 'GET', path: '/v1/setup_intents/seti_from_the_browser?expand[0]=payment_method' });
    expect(result).toEqual({ status: 'declined', code: 'setup_intent_mismatch', message: expect.stringContaining('another account') });
  });

  it('a sandbox card handed to the Stripe gateway is a programming error, and nothing is sent', async () => {
    await expect(
      gateway.attachCard('company-acme', 'cus_acme', { gateway: 'sandbox', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 }),
    ).rejects.toThrow(/sandbox card/);
    expect(sent).toHaveLength(0);
  });

  it('a renewal confirms an off-session PaymentIntent in lower-case currency under the invoice attempt’s key', async () => {
    const result = await gateway.charge({
      companyId: 'company-acme',
      customerReference: 'cus_acme',
      paymentMethodReference: 'pm_acme_visa',
      amount: money(4900, 'EUR'),
      idempotencyKey: 'invoice-2026-11:1',
      description: 'Atrium Growth, November 2026',
    });

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'POST', path: '/v1/payment_intents', idempotencyKey: 'invoice-2026-11:1' });
    expect(Object.fromEntries(sent[0]!.form)).toEqual({
      amount: '4900',
      currency: 'eur',
      customer: 'cus_acme',
      payment_method: 'pm_acme_visa',
      off_session: 'true',
      confirm: 'true',
      description: 'Atrium Growth, November 2026',
      'metadata[atrium_company_id]': 'company-acme',
      'metadata[atrium_charge_key]': 'invoice-2026-11:1',
    });
    // The fixture intent is left in `requires_payment_method`: not money taken.
    expect(result).toMatchObject({ status: 'failed', reference: expect.stringMatching(/^pi_/) });
  });

  it('removing a card reads its owner first, then detaches it', async () => {
    await gateway.detachCard('company-acme', 'pm_acme_visa');

    expect(sent.map(({ method, path }) => `${method} ${path}`)).toEqual([
      'GET /v1/payment_methods/pm_acme_visa?expand[0]=customer',
      'POST /v1/payment_methods/pm_acme_visa/detach',
    ]);
  });

  it('when Stripe cannot be reached, a charge throws (so the activity retries with the same key) instead of failing the invoice', async () => {
    const closedPort = await unusedPort();
    const unreachable = createStripeGateway({ secretKey: 'sk_test_atrium', publishableKey: 'pk_test_atrium', host: '127.0.0.1', port: closedPort, protocol: 'http' });

    const charging = unreachable.charge({
      companyId: 'company-acme',
      customerReference: 'cus_acme',
      paymentMethodReference: 'pm_acme_visa',
      amount: money(4900, 'EUR'),
      idempotencyKey: 'invoice-2026-11:1',
      description: 'Atrium Growth, November 2026',
    });

    await expect(charging).rejects.toBeInstanceOf(Stripe.errors.StripeConnectionError);
  });
});

/** A port nothing listens on: bound, read, released. */
function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
