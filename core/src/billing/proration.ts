import { remainingDays, type BillingPeriod, type CalendarDay } from './calendar';
import { money, subtractMoney, type Money } from './money';
import { mulDivRoundHalfUp } from './rounding';

/** The part of a period a change is charged for: whole UTC days from the change to the end. */
export interface ProrationWindow {
  remainingDays: number;
  periodDays: number;
}

export function prorationWindow(period: BillingPeriod, at: Date | CalendarDay): ProrationWindow {
  return { remainingDays: remainingDays(period, at), periodDays: period.days };
}

/** round(price × remaining / period days), half up to the minor unit. */
export function prorate(price: Money, window: ProrationWindow): Money {
  const { remainingDays: remaining, periodDays } = window;
  if (!Number.isSafeInteger(periodDays) || periodDays <= 0) throw new RangeError(`A period has days; got ${periodDays}`);
  if (!Number.isSafeInteger(remaining) || remaining < 0 || remaining > periodDays) {
    throw new RangeError(`Remaining days must be between 0 and ${periodDays}; got ${remaining}`);
  }
  return money(mulDivRoundHalfUp(price.amount, remaining, periodDays), price.currency);
}

/**
 * What an upgrade from `oldPrice` to `newPrice` costs for the rest of the period:
 * round(new × r / N) − round(old × r / N). Each side is rounded on its own so that the
 * charge plus what the old price already covered adds up to what the new price prorates
 * to. Never negative: Atrium does not refund mid-period.
 */
export function proratedUpgradeCharge(oldPrice: Money, newPrice: Money, window: ProrationWindow): Money {
  const difference = subtractMoney(prorate(newPrice, window), prorate(oldPrice, window));
  return difference.amount > 0 ? difference : money(0, difference.currency);
}
