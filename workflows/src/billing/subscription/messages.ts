import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  BillingCycle,
  BillingPeriod,
  CalendarDay,
  Currency,
  Money,
  ModuleKey,
  PlanKey,
  ScheduledChange,
  Subscription,
  SubscriptionStatus,
} from '@atrium/core';
import type { CardSetupView, CardToAttachInput, PaymentMethodView } from './payment-method-types';

export const subscriptionWorkflowId = (companyId: string) => `subscription:${companyId}`;

/** Days before a renewal on which the owners and billing managers are told what it will charge. */
export const upcomingChargeNoticeDays = 7;

/** Everything the workflow carries from one run to the next (continue-as-new). */
export interface SubscriptionSnapshot {
  companyId: string;
  subscription: Subscription;
  period: BillingPeriod;
  status: SubscriptionStatus;
  cancelAtPeriodEnd: boolean;
  /** While paused: the day it resumes by itself, or null for "until resumed". */
  pausedUntil: CalendarDay | null;
  /** The end of the last period that was invoiced (or given free): no second invoice for it. */
  invoicedThrough: CalendarDay;
  /**
   * The end of the last period whose charge went through (or given free). Moves only after
   * a successful charge or when dunning reports the invoice paid; a reactivation within it
   * bills nothing, after it bills a new period.
   */
  paidThrough: CalendarDay;
  /** The invoice dunning is trying to collect, if any. */
  dunningInvoiceId: string | null;
  /** Cards on file; a change that costs money needs one. */
  paymentMethods: number;
  /** Grows with every recorded change; the database keeps only the newest. */
  revision: number;
}

export interface SubscriptionStart {
  plan: PlanKey;
  cycle: BillingCycle;
  currency: Currency;
  country: string;
  taxId: string;
  /** The first day; the first period is free, the first invoice comes at its end. */
  startedOn: CalendarDay;
}

export type SubscriptionInput = { companyId: string; start: SubscriptionStart } | { companyId: string; snapshot: SubscriptionSnapshot };

/** What a change update answers: applied now (with the invoice it charged, if any) or scheduled. */
export type ChangeOutcome =
  | { outcome: 'applied'; state: SubscriptionSnapshot; invoice: { id: string; number: string; total: Money } | null }
  | { outcome: 'scheduled'; state: SubscriptionSnapshot; effectiveOn: CalendarDay };

export const changePlanUpdate = defineUpdate<ChangeOutcome, [{ plan: PlanKey }]>('changePlan');
export const changeSeatsUpdate = defineUpdate<ChangeOutcome, [{ seats: number }]>('changeSeats');
export const changeCycleUpdate = defineUpdate<ChangeOutcome, [{ cycle: BillingCycle }]>('changeCycle');
/** The marketplace adds and removes modules through these. */
export const addItemUpdate = defineUpdate<ChangeOutcome, [{ module: ModuleKey }]>('addItem');
export const removeItemUpdate = defineUpdate<ChangeOutcome, [{ module: ModuleKey }]>('removeItem');
export const cancelUpdate = defineUpdate<SubscriptionSnapshot, []>('cancel');
export const reactivateUpdate = defineUpdate<SubscriptionSnapshot, []>('reactivate');
export const pauseUpdate = defineUpdate<SubscriptionSnapshot, [{ until: CalendarDay | null }]>('pause');
export const resumeUpdate = defineUpdate<SubscriptionSnapshot, []>('resume');
/** Only before the first invoice: afterwards every invoice and credit stays in one currency. */
export const changeCurrencyUpdate = defineUpdate<SubscriptionSnapshot, [{ currency: Currency }]>('changeCurrency');

export const prepareCardSetupUpdate = defineUpdate<CardSetupView, []>('prepareCardSetup');
export interface AddPaymentMethodInput {
  card: CardToAttachInput;
  makeDefault: boolean;
  /**
   * The caller's key for this card (a form submission): the same key attaches one card,
   * however often it is sent. Defaults to the update's id.
   */
  idempotencyKey?: string;
}
export const addPaymentMethodUpdate = defineUpdate<PaymentMethodView, [AddPaymentMethodInput]>(
  'addPaymentMethod',
);
export const setDefaultPaymentMethodUpdate = defineUpdate<PaymentMethodView, [{ paymentMethodId: string }]>(
  'setDefaultPaymentMethod',
);
export const removePaymentMethodUpdate = defineUpdate<void, [{ paymentMethodId: string }]>('removePaymentMethod');

export const subscriptionStateQuery = defineQuery<SubscriptionSnapshot>('state');

/** From `dunning:{invoiceId}` to its subscription. */
export type DunningOutcome = 'paid' | 'suspended' | 'written_off';
export const dunningOutcomeSignal = defineSignal<[{ invoiceId: string; outcome: DunningOutcome }]>('dunningOutcome');

export type { ScheduledChange };
