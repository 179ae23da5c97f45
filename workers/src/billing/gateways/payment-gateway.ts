import type { Money } from '@atrium/core';

/**
 * The one interface both payment rails implement, so that every billing path (renewals,
 * proration charges, dunning) runs the same against the offline `sandbox` and the real
 * `stripe` gateway. Amounts are integer minor units; the gateway never sees a float.
 */
export type GatewayName = 'sandbox' | 'stripe';

/** What a company's card looks like once attached: we keep these four facts, never the number. */
export interface AttachedCard {
  /** The gateway's id of the payment method (`pm_…`), used to charge it later. */
  reference: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

/**
 * What the dashboard hands over when a company adds a card.
 * - sandbox: the card as typed into Atrium's test-mode form (only Stripe's documented
 *   test numbers are accepted; the gateway keeps brand, last four and expiry);
 * - stripe: the id of a SetupIntent the browser confirmed with Stripe Elements, so the
 *   card number never reaches our servers.
 */
export type CardToAttach =
  | { gateway: 'sandbox'; brand: string; last4: string; expMonth: number; expYear: number }
  | { gateway: 'stripe'; setupIntentId: string };

export type AttachResult =
  | { status: 'attached'; card: AttachedCard }
  | { status: 'declined'; code: string; message: string };

export interface ChargeRequest {
  companyId: string;
  /** The gateway's customer for the company (see `ensureCustomer`). */
  customerReference: string;
  paymentMethodReference: string;
  amount: Money;
  /** `${invoiceId}:${attempt}`: the same key twice is the same charge, never a second one. */
  idempotencyKey: string;
  description: string;
}

export type ChargeResult =
  | { status: 'succeeded'; reference: string }
  | { status: 'failed'; reference: string | null; code: string; message: string };

export interface CardSetup {
  gateway: GatewayName;
  /** Stripe: the SetupIntent's client secret for Stripe Elements; sandbox: null (the form posts the test card). */
  clientSecret: string | null;
  /** Stripe: the publishable key the dashboard loads Stripe.js with; sandbox: null. */
  publishableKey: string | null;
}

export interface PaymentGateway {
  readonly name: GatewayName;
  /** The gateway's customer for a company, created once (idempotent on the company id). */
  ensureCustomer(company: { id: string; name: string; email: string }): Promise<string>;
  /** What the dashboard needs to collect a card for this customer. */
  prepareCardSetup(customerReference: string): Promise<CardSetup>;
  /**
   * Attaches a card, once per `attachKey` (a business key such as the request's key): the
   * same key again answers the same card, so a retried activity never files a second one.
   */
  attachCard(companyId: string, customerReference: string, card: CardToAttach, attachKey?: string): Promise<AttachResult>;
  detachCard(companyId: string, paymentMethodReference: string): Promise<void>;
  /** Off-session charge; idempotent on `idempotencyKey`. Declines are results, not exceptions. */
  charge(request: ChargeRequest): Promise<ChargeResult>;
}
