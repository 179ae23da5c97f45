import { ApplicationFailure } from '@temporalio/common';
import {
  applyScheduledChanges,
  billingPeriod,
  buildInvoice,
  recurringLines,
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
import { upcomingChargeNoticeDays, type DunningOutcome, type SubscriptionInput, type SubscriptionSnapshot } from './messages';

const dayMs = 86_400_000;

/** A refusal the API turns into a 4xx with this message. */
export function refusal(type: string, message: string): ApplicationFailure {
  return ApplicationFailure.create({ type, message, nonRetryable: true });
}

export type DecidedChange = Exclude<ChangeResult, { outcome: 'refused' }>;

/**
 * A snapshot from a run (or a projection) written before a field existed, completed with
 * what that field meant then. Running workflows continue-as-new with old snapshots, and
 * the API resumes terminated ones from the projection, so every new field needs a default.
 */
export function upgradeSnapshot(snapshot: SubscriptionSnapshot): SubscriptionSnapshot {
  const old = snapshot as Partial<SubscriptionSnapshot> & SubscriptionSnapshot;
  if (old.invoicedThrough !== undefined) return snapshot;
  // Before the split, `paidThrough` moved when a period was invoiced. An invoice dunning is
  // still collecting was invoiced but not paid: what was paid ends where that period began.
  const unpaid = old.dunningInvoiceId !== null && old.dunningInvoiceId !== undefined;
  return {
    ...snapshot,
    invoicedThrough: old.paidThrough,
    paidThrough: unpaid ? old.period.start : old.paidThrough,
  };
}

/**
 * A company's subscription: the entity the workflow `subscription:{companyId}` keeps. Every
 * transition is a method here that bumps `revision`, so the projection (newest revision
 * wins) and the invoice keys derived from it always move forward. Free of Temporal timers
 * and activities: the workflow asks it what to do, does the outside work, and tells it
 * what happened. Prices and proration come from `core`; "now" is always passed in.
 */
export class SubscriptionState {
  #snapshot: SubscriptionSnapshot;

  constructor(input: SubscriptionInput) {
    if ('snapshot' in input) {
      this.#snapshot = upgradeSnapshot(input.snapshot);
      return;
    }
    const { start } = input;
    const period = billingPeriod(start.startedOn, start.cycle, 0);
    this.#snapshot = {
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
      invoicedThrough: period.end,
      paidThrough: period.end,
      dunningInvoiceId: null,
      paymentMethods: 0,
      revision: 1,
    };
  }

  get snapshot(): SubscriptionSnapshot {
    return this.#snapshot;
  }

  get status() {
    return this.#snapshot.status;
  }

  /** Milliseconds since the epoch at which the current period ends (00:00 UTC of its end day). */
  get periodEndsAt(): number {
    return startOfDay(this.#snapshot.period.end).getTime();
  }

  /** When a paused subscription resumes by itself, if it does. */
  get resumesAt(): number | null {
    return this.#snapshot.status === 'paused' && this.#snapshot.pausedUntil ? startOfDay(this.#snapshot.pausedUntil).getTime() : null;
  }

  /** Every transition ends here: the new state, one revision newer. */
  private become(changes: Partial<SubscriptionSnapshot>): SubscriptionSnapshot {
    this.#snapshot = { ...this.#snapshot, ...changes, revision: this.#snapshot.revision + 1 };
    return this.#snapshot;
  }

  // ---- decisions: they read the state and change nothing ----

  /** The outcome of a change at `now`, or a refusal a person can act on. Changes nothing. */
  decide(change: SubscriptionChange, now: Date): DecidedChange {
    const { status } = this.#snapshot;
    if (status === 'canceled') throw refusal('subscription_canceled', 'Your subscription is canceled. Reactivate it first.');
    if (status === 'paused') throw refusal('subscription_paused', 'Your subscription is paused. Resume it to make changes.');
    if (status === 'past_due' || status === 'payment_failed') {
      throw refusal('payment_overdue', 'An invoice is unpaid. Pay it (add or update your card) before changing your subscription.');
    }
    const result = changeSubscription(this.#snapshot.subscription, this.#snapshot.period, change, now);
    if (result.outcome === 'refused') throw refusal(result.error, result.message);
    if (result.outcome === 'applied' && result.charge.amount > 0 && this.#snapshot.paymentMethods === 0) {
      throw refusal('payment_method_required', 'This change is charged now. Add a card first.');
    }
    return result;
  }

  /** The invoice for the period after the current one, with scheduled changes applied. */
  renewal(): UpcomingInvoice {
    return upcomingInvoice(this.#snapshot.subscription, this.#snapshot.period);
  }

  /** A fresh period anchored on `day` (after a pause or a cancellation), billed in full. */
  restartOn(day: CalendarDay): UpcomingInvoice {
    const { subscription, applied } = applyScheduledChanges(this.#snapshot.subscription, day);
    const period = billingPeriod(day, subscription.cycle, 0);
    const invoice = buildInvoice(subscription.currency, recurringLines(subscription), subscription);
    return { ...invoice, period, subscription, appliedChanges: applied };
  }

  /**
   * Coming back on `today` needs a new, billed period unless today lies in a period that
   * was actually paid for: invoiced is not enough (a written-off invoice was invoiced).
   */
  needsNewPeriodOn(today: CalendarDay): boolean {
    return daysBetween(today, this.#snapshot.paidThrough) <= 0;
  }

  /** The next instant the workflow must act by itself, or null when only a message can move it. */
  nextDeadline(now: number): number | null {
    const deadlines: number[] = [];
    const { status, dunningInvoiceId } = this.#snapshot;
    // While dunning collects the last invoice, the next one waits for it.
    if (status !== 'canceled' && (dunningInvoiceId === null || now < this.periodEndsAt)) deadlines.push(this.periodEndsAt);
    if (this.resumesAt !== null) deadlines.push(this.resumesAt);
    return deadlines.length === 0 ? null : Math.min(...deadlines);
  }

  /**
   * When the people who pay hear what the next renewal charges: 7 days before the period
   * ends. Null when no renewal charge is coming: paused, ending at the period end,
   * canceled, or still collecting the last invoice.
   */
  upcomingChargeNoticeAt(): number | null {
    const { status, cancelAtPeriodEnd, dunningInvoiceId } = this.#snapshot;
    if (status !== 'active' || cancelAtPeriodEnd || dunningInvoiceId !== null) return null;
    return this.periodEndsAt - upcomingChargeNoticeDays * dayMs;
  }

  renewalDue(now: number): boolean {
    return now >= this.periodEndsAt && this.#snapshot.status !== 'canceled' && this.#snapshot.dunningInvoiceId === null;
  }

  resumeDue(now: number): boolean {
    return this.resumesAt !== null && now >= this.resumesAt;
  }

  validateCancel(): void {
    if (this.#snapshot.status === 'canceled') throw refusal('subscription_canceled', 'Your subscription is already canceled.');
    if (this.#snapshot.cancelAtPeriodEnd) {
      throw refusal('no_change', `Your subscription already ends on ${this.#snapshot.period.end}.`);
    }
  }

  validateReactivate(): void {
    const { status, cancelAtPeriodEnd, paymentMethods } = this.#snapshot;
    if (status !== 'canceled' && !cancelAtPeriodEnd) throw refusal('no_change', 'Your subscription is active; there is nothing to reactivate.');
    if (status === 'canceled' && paymentMethods === 0) {
      throw refusal('payment_method_required', 'Reactivating starts a new period, charged now. Add a card first.');
    }
  }

  validateResume(): void {
    if (this.#snapshot.status !== 'paused') throw refusal('not_paused', 'Your subscription is not paused.');
  }

  // ---- transitions: each one bumps the revision ----

  /** The company's tax details as the billing profile has them now; part of the next transition. */
  refreshTaxDetails(profile: { country: string; taxId: string }): void {
    const { subscription } = this.#snapshot;
    this.#snapshot = { ...this.#snapshot, subscription: { ...subscription, country: profile.country, taxId: profile.taxId } };
  }

  /**
   * Takes a change on. A scheduled or free change has nothing to pay; a charged one is
   * adopted only once its charge went through, so its period is invoiced and paid alike.
   */
  adopt(result: DecidedChange): SubscriptionSnapshot {
    const period = result.outcome === 'applied' ? result.period : this.#snapshot.period;
    const later = (day: CalendarDay) => (daysBetween(day, period.end) > 0 ? period.end : day);
    return this.become({
      subscription: result.subscription,
      period,
      invoicedThrough: later(this.#snapshot.invoicedThrough),
      paidThrough: later(this.#snapshot.paidThrough),
    });
  }

  /** A change's charge was declined: nothing changes but the revision (its invoice is void). */
  declineChange(): SubscriptionSnapshot {
    return this.become({});
  }

  scheduleCancel(): SubscriptionSnapshot {
    return this.become({ cancelAtPeriodEnd: true });
  }

  /** Takes back a cancellation that has not taken effect yet. */
  keepSubscription(): SubscriptionSnapshot {
    return this.become({ cancelAtPeriodEnd: false });
  }

  /** The period end of a subscription that was to end then. */
  endAtPeriodEnd(): SubscriptionSnapshot {
    return this.become({ cancelAtPeriodEnd: false, status: 'canceled' });
  }

  /** Before anything was invoiced, the company chose another currency. */
  changeCurrency(currency: SubscriptionSnapshot['subscription']['currency']): SubscriptionSnapshot {
    return this.become({ subscription: { ...this.#snapshot.subscription, currency } });
  }

  pause(until: CalendarDay | null): SubscriptionSnapshot {
    return this.become({ status: 'paused', pausedUntil: until });
  }

  /** Back (from a pause or a cancellation) within a period that is paid for: nothing to bill. */
  resumeWithinPaidPeriod(): SubscriptionSnapshot {
    return this.become({ status: 'active', pausedUntil: null, cancelAtPeriodEnd: false });
  }

  /**
   * Moves into `renewal`'s period. `invoiced` says whether it was invoiced (a paused
   * company's period rolls on unbilled); it is paid only when `chargeSucceeded` says so.
   */
  enterPeriod(renewal: UpcomingInvoice, invoiced: boolean): SubscriptionSnapshot {
    return this.become({
      subscription: renewal.subscription,
      period: renewal.period,
      invoicedThrough: invoiced ? renewal.period.end : this.#snapshot.invoicedThrough,
    });
  }

  /** Starts again (after a pause or a cancellation) in `restart`'s fresh period, invoiced now. */
  restartIn(restart: UpcomingInvoice): SubscriptionSnapshot {
    return this.become({
      subscription: restart.subscription,
      period: restart.period,
      pausedUntil: null,
      cancelAtPeriodEnd: false,
      invoicedThrough: restart.period.end,
    });
  }

  /** The invoice for the current period was paid at its first charge. */
  chargeSucceeded(): SubscriptionSnapshot {
    return this.become({ status: 'active', paidThrough: this.#snapshot.invoicedThrough });
  }

  /** The first charge failed: dunning collects `invoiceId` from now on. */
  chargeFailed(invoiceId: string): SubscriptionSnapshot {
    return this.become({ status: 'payment_failed', dunningInvoiceId: invoiceId });
  }

  /** What `dunning:{invoiceId}` reports; false (and no change) for an invoice it is not collecting. */
  dunningEnded(invoiceId: string, outcome: DunningOutcome): boolean {
    if (invoiceId !== this.#snapshot.dunningInvoiceId) return false;
    if (outcome === 'suspended') this.become({ status: 'past_due' });
    if (outcome === 'paid') this.become({ status: 'active', dunningInvoiceId: null, paidThrough: this.#snapshot.invoicedThrough });
    // Written off: the period was never paid, so `paidThrough` stays where it was and a reactivation bills anew.
    if (outcome === 'written_off') this.become({ status: 'canceled', dunningInvoiceId: null, cancelAtPeriodEnd: false });
    return true;
  }

  /** The number of cards on file, as the gateway's records have it after an add or a removal. */
  cardsOnFile(count: number): SubscriptionSnapshot {
    return this.become({ paymentMethods: count });
  }
}
