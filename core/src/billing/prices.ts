import type { ModuleKey } from '../modules/catalog';
import type { BillingCycle } from './cycles';
import { modulePrices } from './module-prices';
import { addMoney, money, multiplyMoney, type Currency, type Money } from './money';
import { planPrices } from './plan-prices';
import { plans, type PlanKey } from './plans';

/** The plan's own price for one period of `cycle`, its included seats inside. */
export function planPrice(plan: PlanKey, cycle: BillingCycle, currency: Currency): Money {
  return money(planPrices[plan].base[cycle][currency], currency);
}

export function extraSeatPrice(plan: PlanKey, cycle: BillingCycle, currency: Currency): Money {
  return money(planPrices[plan].extraSeat[cycle][currency], currency);
}

export function modulePrice(module: ModuleKey, cycle: BillingCycle, currency: Currency): Money {
  return money(modulePrices[module][cycle][currency], currency);
}

/**
 * Seats a company pays for beyond what its plan includes. `seats` is the total number of
 * seats on the subscription (people who may be members or invited), included ones counted.
 */
export function extraSeats(plan: PlanKey, seats: number): number {
  return Math.max(0, seats - plans[plan].seatsIncluded);
}

/** Plan plus extra seats for one period: what a plan change is prorated on. */
export function planWithSeatsPrice(plan: PlanKey, seats: number, cycle: BillingCycle, currency: Currency): Money {
  return addMoney(planPrice(plan, cycle, currency), multiplyMoney(extraSeatPrice(plan, cycle, currency), extraSeats(plan, seats)));
}
