import type { BillingCycle, Money, SubscriptionChangeRequest } from '@atrium/core';

/**
 * The billing API's answers as the dashboard reads them (`api/src/billing/`). Money is
 * always integer minor units; `formatMoney` from core turns it into text.
 */

export type SubscriptionStatus = 'active' | 'payment_failed' | 'past_due' | 'paused' | 'canceled';

/** One change a company can ask for; the same value is previewed, then confirmed. */
export type SubscriptionChange = SubscriptionChangeRequest['change'];

export interface InvoiceLine {
  description: string;
  quantity: number;
  unitAmount: Money;
  amount: Money;
}

export interface InvoiceTotals {
  lines: InvoiceLine[];
  subtotal: Money;
  /** `rate` in basis points (1900 = 19 %); `note` explains a reverse charge or an exemption. */
  tax: { rate: number; note: string; amount: Money };
  total: Money;
}

/** A renewal invoice that failed and is being collected. */
export interface Dunning {
  invoiceId: string;
  invoiceNumber: string;
  total: Money;
  attempts: number;
  nextRetryAt: string | null;
  /** After the last retry: paid modules are read-only until the invoice is paid. */
  suspended: boolean;
  writeOffAt: string;
}

/** `GET /api/companies/:id/billing`. */
export interface BillingOverview {
  gateway: 'sandbox' | 'stripe';
  subscription: {
    plan: string;
    planName: string;
    cycle: BillingCycle;
    seats: number;
    seatsIncluded: number;
    seatLimit: number;
    modules: string[];
    currency: Money['currency'];
    status: SubscriptionStatus;
    periodStart: string;
    /** The next renewal day, YYYY-MM-DD. */
    periodEnd: string;
    cancelAtPeriodEnd: boolean;
    pausedUntil: string | null;
    scheduledChanges: { kind: string; description: string; effectiveOn: string }[];
  };
  items: { key: string; description: string; quantity: number; unitAmount: Money; amount: Money }[];
  /** What the next renewal charges; null when nothing will be (canceled, paused, ending). */
  upcoming: (InvoiceTotals & { periodStart: string; periodEnd: string }) | null;
  dunning: Dunning | null;
}

/** What the company layout keeps of the overview: enough for the payment-problem banner. */
export interface BillingStanding {
  status: SubscriptionStatus;
  dunning: Dunning | null;
}

/** `POST …/billing/preview`. */
export type ChangePreview =
  | ({ outcome: 'applied'; chargeNow: Money } & InvoiceTotals)
  | { outcome: 'scheduled'; effectiveOn: string; message: string };

/** `POST …/billing/changes`. */
export interface ChangeResult {
  outcome: 'applied' | 'scheduled';
  invoice: { id: string; number: string; total: Money } | null;
  billing: BillingOverview;
}

export interface PaymentMethod {
  id: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  isDefault: boolean;
}

/** `POST …/billing/payment-methods/setup`: what the card form needs. */
export interface CardSetup {
  gateway: 'sandbox' | 'stripe';
  clientSecret: string | null;
  publishableKey: string | null;
}

export interface InvoiceSummary {
  id: string;
  number: string;
  kind: 'renewal' | 'change';
  status: 'open' | 'paid' | 'void' | 'uncollectible';
  total: Money;
  issuedAt: string | null;
  paidAt: string | null;
  periodStart: string;
  periodEnd: string;
  hasReceipt: boolean;
}

/**
 * What a billing form action tells the page: which part of it the message belongs to and
 * how it went. `id` names the card a message is about.
 */
export interface BillingNotice {
  scope: 'change' | 'subscription' | 'card-form' | 'cards';
  id?: string;
  /** For `change`: which of the plan, seats and cycle forms asked. */
  kind?: SubscriptionChange['kind'];
  tone: 'success' | 'error';
  message: string;
}
