import { monthsPerCycle } from '../billing/cycles';
import { money, zeroMoney, type Money } from '../billing/money';
import { recurringTotal } from '../billing/recurring-lines';
import { mulDivRoundHalfUp } from '../billing/rounding';
import type { Subscription } from '../billing/subscription';
import type { SubscriptionStatus } from '../billing/subscription-status';

/** Statuses under which nothing recurs: a paused subscription is not invoiced, a canceled one is over. */
const notRecurring: readonly SubscriptionStatus[] = ['paused', 'canceled'];

/**
 * Monthly recurring revenue of one company, before tax: what one full period of its
 * subscription costs at catalog prices, an annual period spread over its twelve months
 * (rounded once, half up, to the cent). Scheduled downgrades do not count until they take
 * effect; trials are not billed and never count.
 */
export function monthlyRecurringRevenue(subscription: Subscription, status: SubscriptionStatus): Money {
  if (notRecurring.includes(status)) return zeroMoney(subscription.currency);
  const total = recurringTotal(subscription);
  return money(mulDivRoundHalfUp(total.amount, 1, monthsPerCycle[subscription.cycle]), subscription.currency);
}
