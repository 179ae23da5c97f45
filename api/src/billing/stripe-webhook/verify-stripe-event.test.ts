import { describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import { InvalidStripeSignature, verifyStripeEvent } from './verify-stripe-event';

const secret = 'whsec_atrium_test_secret';
const payload = JSON.stringify({
  id: 'evt_payment_succeeded',
  object: 'event',
  type: 'payment_intent.succeeded',
  api_version: '2026-10-28.endive',
  created: 1_795_000_000,
  data: { object: { id: 'pi_renewal', object: 'payment_intent', status: 'succeeded' } },
});
const signed = (options: { payload?: string; secret?: string; timestamp?: number } = {}) =>
  Stripe.webhooks.generateTestHeaderString({ payload: options.payload ?? payload, secret: options.secret ?? secret, timestamp: options.timestamp });

function rejection(run: () => unknown): InvalidStripeSignature {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidStripeSignature);
    return error as InvalidStripeSignature;
  }
  throw new Error('expected the webhook to be rejected');
}

describe('a Stripe webhook is believed only when its signature proves Stripe sent this body', () => {
  it('a body Stripe signed with our endpoint’s secret gives back its event', () => {
    const event = verifyStripeEvent(payload, signed(), secret);

    expect(event).toMatchObject({ id: 'evt_payment_succeeded', type: 'payment_intent.succeeded' });
  });

  it('the raw body works as a Buffer too, as Koa hands it over', () => {
    expect(verifyStripeEvent(Buffer.from(payload), signed(), secret).id).toBe('evt_payment_succeeded');
  });

  it('a body changed after signing (an amount, a status) is rejected', () => {
    const tampered = payload.replace('"succeeded"}', '"requires_action"}');

    const error = rejection(() => verifyStripeEvent(tampered, signed(), secret));

    expect(error.reason).toBe('signature_mismatch');
    expect(error.message).toMatch(/does not match/);
  });

  it('a body signed with another endpoint’s secret is rejected', () => {
    expect(rejection(() => verifyStripeEvent(payload, signed({ secret: 'whsec_someone_else' }), secret)).reason).toBe('signature_mismatch');
  });

  it('a request without the Stripe-Signature header is rejected, with a message saying so', () => {
    const error = rejection(() => verifyStripeEvent(payload, undefined, secret));

    expect(error.reason).toBe('missing_header');
    expect(error.message).toMatch(/no Stripe-Signature header/);
  });

  it('a header that is not Stripe’s format is rejected', () => {
    expect(rejection(() => verifyStripeEvent(payload, 'sha256=deadbeef', secret)).reason).toBe('malformed_header');
  });

  it('an event signed ten minutes ago is refused as a possible replay', () => {
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;

    const error = rejection(() => verifyStripeEvent(payload, signed({ timestamp: tenMinutesAgo }), secret));

    expect(error.reason).toBe('stale_timestamp');
    expect(error.message).toMatch(/more than 300 seconds/);
  });

  it('one signed four minutes ago is still inside Stripe’s five-minute tolerance', () => {
    const fourMinutesAgo = Math.floor(Date.now() / 1000) - 240;

    expect(verifyStripeEvent(payload, signed({ timestamp: fourMinutesAgo }), secret).id).toBe('evt_payment_succeeded');
  });

  it('a missing signing secret is our misconfiguration, not the sender’s fault', () => {
    expect(() => verifyStripeEvent(payload, signed(), '')).toThrow(/No Stripe webhook signing secret/);
    expect(() => verifyStripeEvent(payload, signed(), '')).not.toThrow(InvalidStripeSignature);
  });
});
