import { moduleNames } from '../modules/catalog';
import { billingPeriod, calendarDay, type BillingPeriod, type CalendarDay } from './calendar';
import { buildInvoice, invoiceLine, type Invoice, type InvoiceLine } from './invoice';
import { money, negateMoney, sumMoney, type Money } from './money';
import { modulePrice, planWithSeatsPrice } from './prices';
import { prorate, proratedUpgradeCharge, prorationWindow, type ProrationWindow } from './proration';
import { plans } from './plans';
import { recurringLines, recurringTotal } from './recurring-lines';
import {
  applyScheduledChanges,
  changeTarget,
  planRank,
  seatLimitProblem,
  seatsOnPlan,
  sortModules,
  type ScheduledChange,
  type Subscription,
  type SubscriptionChange,
} from './subscription';

export type ChangeRefusal = 'no_change' | 'seat_limit_reached' | 'module_already_active' | 'module_not_active';

export type ChangeResult =
  /** Effective now; `charge` (before tax) is billed at once through `invoice`. */
  | {
      outcome: 'applied';
      subscription: Subscription;
      /** The period the subscription is in after the change; new only for a monthly → annual switch. */
      period: BillingPeriod;
      window: ProrationWindow;
      lines: InvoiceLine[];
      charge: Money;
      /** null when there is nothing to charge (a free change, or a cancelled downgrade). */
      invoice: Invoice | null;
    }
  /** A downgrade or removal: nothing charged or refunded now; it applies on `scheduledChange.effectiveOn`. */
  | { outcome: 'scheduled'; subscription: Subscription; charge: Money; scheduledChange: ScheduledChange }
  | { outcome: 'refused'; error: ChangeRefusal; message: string };

/**
 * A company changes its subscription at instant `at` inside `period`.
 *
 * - Upgrades (a higher plan, more seats, a module, monthly → annual) apply at once and
 *   charge round(new × r/N) − round(old × r/N), r being the whole UTC days from the day
 *   of the change to the period end (that day counted) and N the period's days.
 * - Downgrades (a lower plan, fewer seats, removing a module, annual → monthly) are
 *   scheduled for the period end, replacing an earlier scheduled change of the same kind;
 *   nothing is refunded.
 * - Asking for what the company already has cancels a scheduled downgrade of that kind,
 *   free of charge; an upgrade cancels one as well.
 */
export function changeSubscription(
  subscription: Subscription,
  period: BillingPeriod,
  change: SubscriptionChange,
  at: Date | CalendarDay,
): ChangeResult {
  if (period.cycle !== subscription.cycle) {
    throw new RangeError(`The period is ${period.cycle} but the subscription is ${subscription.cycle}`);
  }
  const window = prorationWindow(period, at);
  const result = decide(subscription, period, change, at, window);
  if (result.outcome !== 'refused') {
    const problem = seatLimitProblem(result.subscription);
    if (problem) return refuse('seat_limit_reached', problem);
  }
  return result;
}

function decide(
  subscription: Subscription,
  period: BillingPeriod,
  change: SubscriptionChange,
  at: Date | CalendarDay,
  window: ProrationWindow,
): ChangeResult {
  const { currency, cycle } = subscription;
  const days = `${window.remainingDays} of ${window.periodDays} days`;

  switch (change.kind) {
    case 'plan': {
      const from = plans[subscription.plan];
      const to = plans[change.to];
      if (change.to === subscription.plan) return keep(subscription, period, change, window, `You are already on ${to.name}.`);
      if (planRank(change.to) < planRank(subscription.plan)) return schedule(subscription, period, change);
      // The plan and its extra seats move together: Growth includes more seats than Starter.
      const charge = proratedUpgradeCharge(
        planWithSeatsPrice(subscription.plan, subscription.seats, cycle, currency),
        planWithSeatsPrice(change.to, subscription.seats, cycle, currency),
        window,
      );
      const line = invoiceLine('proration', `Upgrade from ${from.name} to ${to.name}, ${days}`, 1, charge);
      // Included seats cost nothing extra, so the charge is the same with them counted.
      const seats = seatsOnPlan(subscription.seats, subscription.plan, change.to);
      return applied({ ...withoutScheduled(subscription, change), plan: change.to, seats }, period, window, [line]);
    }

    case 'seats': {
      if (!Number.isSafeInteger(change.to) || change.to < 1) throw new RangeError(`Seats are a whole number ≥ 1; got ${change.to}`);
      if (change.to === subscription.seats) return keep(subscription, period, change, window, `You already have ${change.to} seats.`);
      if (change.to < subscription.seats) return schedule(subscription, period, change);
      const { plan } = subscription;
      const charge = proratedUpgradeCharge(
        planWithSeatsPrice(plan, subscription.seats, cycle, currency),
        planWithSeatsPrice(plan, change.to, cycle, currency),
        window,
      );
      const lines =
        charge.amount === 0
          ? [] // still within the plan's included seats
          : [invoiceLine('proration', `Seats from ${subscription.seats} to ${change.to}, ${days}`, 1, charge)];
      return applied({ ...withoutScheduled(subscription, change), seats: change.to }, period, window, lines);
    }

    case 'add_module': {
      const name = moduleNames[change.module];
      if (subscription.modules.includes(change.module)) {
        const removal: SubscriptionChange = { kind: 'remove_module', module: change.module };
        return keep(subscription, period, removal, window, `${name} is already active.`, 'module_already_active');
      }
      const charge = prorate(modulePrice(change.module, cycle, currency), window);
      const line = invoiceLine('proration', `${name} module, ${days}`, 1, charge);
      const modules = sortModules([...subscription.modules, change.module]);
      return applied({ ...subscription, modules }, period, window, [line]);
    }

    case 'remove_module': {
      if (!subscription.modules.includes(change.module)) {
        return refuse('module_not_active', `${moduleNames[change.module]} is not active, so there is nothing to remove.`);
      }
      return schedule(subscription, period, change);
    }

    case 'cycle': {
      if (change.to === cycle) return keep(subscription, period, change, window, `You are already billed ${cycle}.`);
      if (change.to === 'monthly') return schedule(subscription, period, change);
      return switchToAnnual(subscription, period, at, window);
    }
  }
}

/**
 * Monthly → annual. The annual period starts on the day of the switch (the subscription
 * is re-anchored there), billed in full at annual prices, minus a credit for the unused
 * part of the monthly period already paid: round(monthly total × r/N). Downgrades that
 * were waiting for the end of the monthly period apply now, since it ends now; the credit
 * is for what was paid, before them. The credit never exceeds the annual price: no refunds.
 */
function switchToAnnual(
  subscription: Subscription,
  period: BillingPeriod,
  at: Date | CalendarDay,
  window: ProrationWindow,
): ChangeResult {
  const monthlyEnds = applyScheduledChanges(subscription, period.end).subscription;
  const annual: Subscription = { ...monthlyEnds, cycle: 'annual', scheduledChanges: [] };
  const annualLines = recurringLines(annual);
  const annualTotal = sumMoney(annual.currency, annualLines.map((line) => line.amount));
  const unused = prorate(recurringTotal(subscription), window);
  const credit = unused.amount > annualTotal.amount ? annualTotal : unused;
  const creditLine = invoiceLine(
    'proration',
    `Unused monthly time, ${window.remainingDays} of ${window.periodDays} days`,
    1,
    negateMoney(credit),
  );
  return applied(annual, billingPeriod(calendarDay(at), 'annual', 0), window, [...annualLines, creditLine]);
}

function applied(subscription: Subscription, period: BillingPeriod, window: ProrationWindow, lines: InvoiceLine[]): ChangeResult {
  const charge = sumMoney(subscription.currency, lines.map((line) => line.amount));
  const invoice = lines.length === 0 ? null : buildInvoice(subscription.currency, lines, subscription);
  return { outcome: 'applied', subscription, period, window, lines, charge, invoice };
}

function schedule(subscription: Subscription, period: BillingPeriod, change: Exclude<SubscriptionChange, { kind: 'add_module' }>): ChangeResult {
  const scheduledChange: ScheduledChange = { ...change, effectiveOn: period.end };
  const others = withoutScheduled(subscription, change).scheduledChanges;
  const next = { ...subscription, scheduledChanges: [...others, scheduledChange] };
  return { outcome: 'scheduled', subscription: next, charge: money(0, subscription.currency), scheduledChange };
}

/** Asking for what one already has: cancels a waiting downgrade of the same kind, else there is nothing to do. */
function keep(
  subscription: Subscription,
  period: BillingPeriod,
  change: SubscriptionChange,
  window: ProrationWindow,
  message: string,
  error: ChangeRefusal = 'no_change',
): ChangeResult {
  const cancelled = withoutScheduled(subscription, change);
  if (cancelled.scheduledChanges.length === subscription.scheduledChanges.length) return refuse(error, message);
  return applied(cancelled, period, window, []);
}

function withoutScheduled(subscription: Subscription, change: SubscriptionChange): Subscription {
  const target = changeTarget(change);
  return { ...subscription, scheduledChanges: subscription.scheduledChanges.filter((c) => changeTarget(c) !== target) };
}

function refuse(error: ChangeRefusal, message: string): ChangeResult {
  return { outcome: 'refused', error, message };
}
