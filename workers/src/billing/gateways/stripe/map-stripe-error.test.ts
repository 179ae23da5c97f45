import { describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import { chargeFailureFromStripeError, isStripeCardError } from './map-stripe-error';

/** The SDK's own error classes, built from raw API errors as the SDK builds them; no network. */
describe('which Stripe errors are a declined card and which must be retried', () => {
  it('a bank decline becomes a failed charge with the bank’s decline code', () => {
    const error = new Stripe.errors.StripeCardError({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
      statusCode: 402,
    });

    expect(chargeFailureFromStripeError(error)).toEqual({ status: 'failed', reference: null, code: 'insufficient_funds', message: 'Your card has insufficient funds.' });
  });

  it('without a decline code (v23 leaves it an empty string) the error code is used', () => {
    const error = new Stripe.errors.StripeCardError({ type: 'card_error', code: 'expired_card', message: 'Your card has expired.', statusCode: 402 });

    expect(error.decline_code).toBe('');
    expect(chargeFailureFromStripeError(error)).toMatchObject({ code: 'expired_card', message: 'Your card has expired.' });
  });

  it('the SDK’s own factory turns a 402 into a card error', () => {
    const error = Stripe.errors.StripeError.generate({ type: 'card_error', code: 'card_declined', decline_code: 'generic_decline', statusCode: 402 });

    expect(isStripeCardError(error)).toBe(true);
    expect(chargeFailureFromStripeError(error)).toMatchObject({ code: 'generic_decline', message: 'The card was declined.' });
  });

  it('keeps the PaymentIntent Stripe created before the decline, so support can find the attempt', () => {
    const error = new Stripe.errors.StripeCardError({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'generic_decline',
      message: 'Your card was declined.',
      payment_intent: { id: 'pi_declined' } as Stripe.PaymentIntent,
    });

    expect(chargeFailureFromStripeError(error)).toMatchObject({ reference: 'pi_declined' });
  });

  it.each([
    ['an outage on Stripe’s side', new Stripe.errors.StripeAPIError({ type: 'api_error', message: 'Something went wrong', statusCode: 500 })],
    ['a lost connection', new Stripe.errors.StripeConnectionError({ message: 'An error occurred with our connection to Stripe.' })],
    ['a rate limit', new Stripe.errors.StripeRateLimitError({ type: 'invalid_request_error', code: 'rate_limit', statusCode: 429 })],
    ['a bad request', new Stripe.errors.StripeInvalidRequestError({ type: 'invalid_request_error', code: 'resource_missing', statusCode: 404 })],
    ['a wrong API key', new Stripe.errors.StripeAuthenticationError({ type: 'invalid_request_error', statusCode: 401 })],
    ['a reused idempotency key with other parameters', new Stripe.errors.StripeIdempotencyError({ type: 'idempotency_error', statusCode: 400 })],
    ['a bug of ours', new TypeError('undefined is not a function')],
  ])('%s is not a decline: the caller rethrows it', (_what, error) => {
    expect(chargeFailureFromStripeError(error)).toBeNull();
  });
});
