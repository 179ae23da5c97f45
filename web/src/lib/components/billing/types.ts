import type { SubscriptionChangeRequest } from '@atrium/core';
import type { Schemas } from '#lib/api';

/**
 * The billing API's answers as the dashboard reads them: generated from the API's
 * OpenAPI document. Money is always integer minor units; `formatMoney` from core turns it
 * into text.
 */

export type SubscriptionStatus = Schemas['SubscriptionStatus'];

/** One change a company can ask for; the same value is previewed, then confirmed. */
export type SubscriptionChange = SubscriptionChangeRequest['change'];

export type InvoiceLine = Schemas['InvoiceLine'];
export type InvoiceTotals = Omit<Schemas['AppliedChangePreview'], 'outcome' | 'chargeNow'>;

/** A renewal invoice that failed and is being collected. */
export type Dunning = Schemas['Dunning'];

/** `GET /api/companies/:id/billing`. */
export type BillingOverview = Schemas['BillingOverview'];

/** What the company layout keeps of the overview: enough for the payment-problem banner. */
export interface BillingStanding {
  status: SubscriptionStatus;
  dunning: Dunning | null;
}

/** `POST …/billing/preview`. */
export type ChangePreview = Schemas['ChangePreview'];

/** `POST …/billing/changes`. */
export type ChangeResult = Schemas['ChangeResult'];

export type PaymentMethod = Schemas['PaymentMethod'];

/** `POST …/billing/payment-methods/setup`: what the card form needs. */
export type CardSetup = Schemas['CardSetup'];

export type InvoiceSummary = Schemas['InvoiceSummary'];

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
