import { ApplicationFailure } from '@temporalio/workflow';
import {
  applyScheduledChanges,
  billingPeriod,
  buildInvoice,
  recurringLines,
  calendarDay,
  changeSubscription,
  daysBetween,
  plans,
  startOfDay,
  upcomingInvoice,
  type CalendarDay,
  type ChangeResult,
  type SubscriptionChange,
  type UpcomingInvoice,
} from '@atrium/core';
import type { SubscriptionInput, SubscriptionSnapshot } from './messages';

/** A refusal the API turns into a 4xx with this message. */
export function refusal(type: string, message: string): ApplicationFailure {
  return ApplicationFailure.create({ type, message, nonRetryable: true });
}

/**
 * A company's subscription and its rules, free of Temporal timers and activities so that
 * it reads like the business. Prices and proration come from `core`.
 */
export class SubscriptionState {
  snapshot: SubscriptionSnapshot;

  constructor(input: SubscriptionInput) {
    if ('snapshot' in input) {
      this.snapshot = input.snapshot;
      return;
    }
    const { start } = input;
    const period = billingPeriod(start.startedOn, start.cycle, 0);
    this.snapshot = {
      companyId: input.companyId,
      subscription: {
        plan: start.plan,
        cycle: start.cycle,
        seats: plans[start.plan].seatsIncluded,
        modules: [],
        currency: start.currency,
        country: start.country,
        taxId: start.taxId,
        scheduledChanges: [],
      },
      period,
      status: 'active',
      cancelAtPeriodEnd: false,
      pausedUntil: null,
      // The first period is on the house: a new company is not charged before it has had time to add a card.
      paidThrough: period.end,
      dunningInvoiceId: null,
      paymentMethods: 0,
      revision: 1,
    };
  }

  get status() {
    return this.snapshot.status;
  }

  /** Milliseconds since the epoch at which the current period ends (00:00 UTC of its end day). */
  get periodEndsAt(): number {
    return startOfDay(this.snapshot.period.end).getTime();
  }

  /** When a paused subscription resumes by itself, if it does. */
  get resumesAt(): number | null {
    return this.snapshot.status === 'paused' && this.snapshot.pausedUntil ? startOfDay(this.snapshot.pausedUntil).getTime() : null;
  }

  touch(): SubscriptionSnapshot {
    this.snapshot = { ...this.snapshot, revision: this.snapshot.revision + 1 };
    return this.snapshot;
  }

  /** The outcome of a change at `now`, or a refusal a person can act on. Changes nothing. */
  decide(change: SubscriptionChange, now: Date): Exclude<ChangeResult, { outcome: 'refused' }> {
    const { status } = this.snapshot;
    if (status === 'canceled') throw refusal('subscription_canceled', 'Your subscription is canceled. Reactivate it first.');
    if (status === 'paused') throw refusal('subscription_paused', 'Your subscription is paused. Resume it to make changes.');
    if (status === 'past_due' || status === 'payment_failed') {
      throw refusal('payment_overdue', 'An invoice is unpaid. Pay it (add or update your card) before changing your subscription.');
    }
    const result = changeSubscription(this.snapshot.subscription, this.snapshot.period, change, now);
    if (result.outcome === 'refused') throw refusal(result.error, result.message);
    if (result.outcome === 'applied' && result.charge.amount > 0 && this.snapshot.paymentMethods === 0) {
      throw refusal('payment_method_required', 'This change is charged now. Add a card first.');
    }
    return result;
  }

  /** Takes a change on once its charge (if any) is paid. */
  adopt(result: Exclude<ChangeResult, { outcome: 'refused' }>): SubscriptionSnapshot {
    const period = result.outcome === 'applied' ? result.period : this.snapshot.period;
    const paidThrough = daysBetween(this.snapshot.paidThrough, period.end) > 0 ? period.end : this.snapshot.paidThrough;
    this.snapshot = { ...this.snapshot, subscription: result.subscription, period, paidThrough };
    return this.touch();
  }

  /** The invoice for the period after the current one, with scheduled changes applied. */
  renewal(): UpcomingInvoice {
    return upcomingInvoice(this.snapshot.subscription, this.snapshot.period);
  }

  /** Moves into the next period; `paid` says whether it was invoiced (not while paused). */
  enterPeriod(renewal: UpcomingInvoice, invoiced: boolean): void {
    this.snapshot = {
      ...this.snapshot,
      subscription: renewal.subscription,
      period: renewal.period,
      paidThrough: invoiced ? renewal.period.end : this.snapshot.paidThrough,
    };
  }

  /** Starts again on `day` (after a pause or a cancellation): a fresh period anchored there, billed in full. */
  restartOn(day: CalendarDay): UpcomingInvoice {
    const { subscription, applied } = applyScheduledChanges(this.snapshot.subscription, day);
    const period = billingPeriod(day, subscription.cycle, 0);
    const invoice = buildInvoice(subscription.currency, recurringLines(subscription), subscription);
    return { ...invoice, period, subscription, appliedChanges: applied };
  }

  /** The next instant the workflow must act by itself, or null when only a message can move it. */
  nextDeadline(now: number): number | null {
    const deadlines: number[] = [];
    const { status, dunningInvoiceId } = this.snapshot;
    // While dunning collects the last invoice, the next one waits for it.
    if (status !== 'canceled' && (dunningInvoiceId === null || now < this.periodEndsAt)) deadlines.push(this.periodEndsAt);
    if (this.resumesAt !== null) deadlines.push(this.resumesAt);
    return deadlines.length === 0 ? null : Math.min(...deadlines);
  }

  renewalDue(now: number): boolean {
    return now >= this.periodEndsAt && this.snapshot.status !== 'canceled' && this.snapshot.dunningInvoiceId === null;
  }

  validateCancel(): void {
    if (this.snapshot.status === 'canceled') throw refusal('subscription_canceled', 'Your subscription is already canceled.');
    if (this.snapshot.cancelAtPeriodEnd) {
      throw refusal('no_change', `Your subscription already ends on ${this.snapshot.period.end}.`);
    }
  }

  validateReactivate(): void {
    const { status, cancelAtPeriodEnd, paymentMethods } = this.snapshot;
    if (status !== 'canceled' && !cancelAtPeriodEnd) throw refusal('no_change', 'Your subscription is active; there is nothing to reactivate.');
    if (status === 'canceled' && paymentMethods === 0) {
      throw refusal('payment_method_required', 'Reactivating starts a new period, charged now. Add a card first.');
    }
  }

  setStatus(status: SubscriptionSnapshot['status']): void {
    this.snapshot = { ...this.snapshot, status };
  }
}
