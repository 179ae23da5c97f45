import Stripe from 'stripe';
import type { ChargeResult } from '../payment-gateway';

type FailedCharge = Extract<ChargeResult, { status: 'failed' }>;

/**
 * A card error is the bank's answer about this card (declined, insufficient funds,
 * authentication required): retrying the same request returns the same answer, so it is
 * a result for dunning to act on. Checked by `type` as well as by class, in case two
 * copies of the SDK (ESM and CommonJS) end up loaded side by side.
 */
export function isStripeCardError(error: unknown): error is Stripe.errors.StripeCardError {
  return error instanceof Stripe.errors.StripeCardError || (error instanceof Error && (error as { type?: unknown }).type === 'StripeCardError');
}

/** Stripe answered 404 for an id we were handed (an unknown SetupIntent, a deleted card). */
export function isMissingStripeObject(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'resource_missing';
}

/**
 * The failed charge a card error stands for, or null for every other error. Those
 * (network, rate limit, Stripe's 5xx, a bad request, a wrong key) must be thrown so the
 * activity is retried with the same idempotency key: a retry can only replay or finish
 * the same PaymentIntent, never take the money twice.
 */
export function chargeFailureFromStripeError(error: unknown): FailedCharge | null {
  if (!isStripeCardError(error)) return null;
  return {
    status: 'failed',
    // Stripe creates the PaymentIntent before confirming it; keep it so support can find it.
    reference: error.payment_intent?.id ?? null,
    // v23 sets `decline_code` to '' (not undefined) when the bank gave none, hence `||`.
    code: error.decline_code || error.code || 'card_declined',
    message: error.message || 'The card was declined.',
  };
}
