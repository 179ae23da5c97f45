import Stripe from 'stripe';

export type InvalidStripeSignatureReason = 'missing_header' | 'malformed_header' | 'signature_mismatch' | 'stale_timestamp' | 'malformed_payload';

/** A webhook request that cannot be shown to come from Stripe: answer 400 and act on nothing in it. */
export class InvalidStripeSignature extends Error {
  override readonly name = 'InvalidStripeSignature';
  constructor(
    readonly reason: InvalidStripeSignatureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** How old a signed event may be, as Stripe's own default: an older one may be a replay. */
export const defaultToleranceSeconds = 300;

/**
 * The Stripe event in a webhook request, once its `Stripe-Signature` header proves Stripe
 * sent this exact body recently. `rawBody` must be the bytes as received: a body parsed
 * and serialised again no longer matches its signature.
 */
export function verifyStripeEvent(
  rawBody: Buffer | string,
  signatureHeader: string | undefined,
  webhookSecret: string,
  toleranceSeconds = defaultToleranceSeconds,
): Stripe.Event {
  // A missing secret is our misconfiguration, not a bad request: fail loudly, not with a 400.
  if (!webhookSecret) throw new Error('No Stripe webhook signing secret is configured (whsec_…)');
  if (!signatureHeader) {
    throw new InvalidStripeSignature('missing_header', 'The request has no Stripe-Signature header, so it cannot be shown to come from Stripe.');
  }
  try {
    // `webhooks` is static on the class: no API key or client is needed to verify.
    return Stripe.webhooks.constructEvent(rawBody, signatureHeader, webhookSecret, toleranceSeconds);
  } catch (error) {
    throw invalidSignatureFrom(error, toleranceSeconds);
  }
}

function invalidSignatureFrom(error: unknown, toleranceSeconds: number): unknown {
  if (error instanceof SyntaxError) {
    return new InvalidStripeSignature('malformed_payload', 'The signed webhook body is not JSON.', { cause: error });
  }
  if (!(error instanceof Stripe.errors.StripeSignatureVerificationError)) return error;
  // The SDK tells its cases apart only by message; anything unrecognised counts as a mismatch.
  const said = error.message;
  if (said.startsWith('Timestamp outside the tolerance zone')) {
    return new InvalidStripeSignature(
      'stale_timestamp',
      `The event was signed more than ${toleranceSeconds} seconds ago and is refused as a possible replay; check this server's clock if it happens often.`,
      { cause: error },
    );
  }
  if (said.startsWith('Unable to extract timestamp and signatures') || said.startsWith('No signatures found with expected scheme')) {
    return new InvalidStripeSignature('malformed_header', 'The Stripe-Signature header is not in the form Stripe sends (t=…,v1=…).', { cause: error });
  }
  return new InvalidStripeSignature(
    'signature_mismatch',
    "The Stripe-Signature does not match this body with this endpoint's signing secret: the body was altered (or re-serialised before verification), or the secret belongs to another endpoint.",
    { cause: error },
  );
}
