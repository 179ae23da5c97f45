import { billingPeriod, nextPeriod, type BillingPeriod } from './calendar';
import { buildInvoice, type Invoice } from './invoice';
import { recurringLines } from './recurring-lines';
import { applyScheduledChanges, type ScheduledChange, type Subscription } from './subscription';

export interface UpcomingInvoice extends Invoice {
  /** The period this invoice pays for, in advance. */
  period: BillingPeriod;
  /** The subscription as it will be during that period. */
  subscription: Subscription;
  /** The scheduled changes (downgrades, removals) that take effect at its start. */
  appliedChanges: ScheduledChange[];
}

/**
 * The invoice a company will receive at the end of `current`, for the period after it,
 * with its scheduled changes applied. A switch to monthly billing re-anchors the
 * subscription on the day the annual period ends.
 */
export function upcomingInvoice(subscription: Subscription, current: BillingPeriod): UpcomingInvoice {
  if (current.cycle !== subscription.cycle) {
    throw new RangeError(`The period is ${current.cycle} but the subscription is ${subscription.cycle}`);
  }
  const renewal = applyScheduledChanges(subscription, current.end);
  const next = renewal.subscription;
  const period = next.cycle === current.cycle ? nextPeriod(current) : billingPeriod(current.end, next.cycle, 0);
  const invoice = buildInvoice(next.currency, recurringLines(next), next);
  return { ...invoice, period, subscription: next, appliedChanges: renewal.applied };
}
