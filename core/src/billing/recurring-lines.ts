import { moduleNames } from '../modules/catalog';
import { invoiceLine, type InvoiceLine } from './invoice';
import { sumMoney, type Money } from './money';
import { extraSeatPrice, extraSeats, modulePrice, planPrice } from './prices';
import { plans } from './plans';
import { sortModules, type Subscription } from './subscription';

/** What one full period of the subscription costs, line by line, at its cycle's prices. */
export function recurringLines(subscription: Subscription): InvoiceLine[] {
  const { plan, cycle, currency, seats } = subscription;
  const lines = [invoiceLine('plan', `${plans[plan].name} plan, ${cycle}`, 1, planPrice(plan, cycle, currency))];
  const extra = extraSeats(plan, seats);
  if (extra > 0) {
    const description = `Extra seats beyond the ${plans[plan].seatsIncluded} included in ${plans[plan].name}, ${cycle}`;
    lines.push(invoiceLine('seats', description, extra, extraSeatPrice(plan, cycle, currency)));
  }
  for (const module of sortModules(subscription.modules)) {
    lines.push(invoiceLine('module', `${moduleNames[module]} module, ${cycle}`, 1, modulePrice(module, cycle, currency)));
  }
  return lines;
}

export function recurringTotal(subscription: Subscription): Money {
  return sumMoney(subscription.currency, recurringLines(subscription).map((line) => line.amount));
}
