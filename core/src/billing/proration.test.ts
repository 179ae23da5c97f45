import { describe, expect, it } from 'vitest';
import { billingPeriod } from './calendar';
import { money } from './money';
import { prorate, proratedUpgradeCharge, prorationWindow } from './proration';

const eur = (amount: number) => money(amount, 'EUR');

describe('proration by days', () => {
  it('a change on 14 April leaves 17 of April’s 30 days', () => {
    expect(prorationWindow(billingPeriod('2026-04-01', 'monthly', 0), new Date('2026-04-14T09:00:00Z'))).toEqual({
      remainingDays: 17,
      periodDays: 30,
    });
  });

  it('prorates a price to the remaining days, half up', () => {
    // 1500 × 17 / 30 = 850 exactly
    expect(prorate(eur(1500), { remainingDays: 17, periodDays: 30 })).toEqual(eur(850));
    // 9900 × 17 / 31 = 5429.03… → 5429
    expect(prorate(eur(9900), { remainingDays: 17, periodDays: 31 })).toEqual(eur(5429));
    // 1850 × 7 / 28 = 462.5 → 463
    expect(prorate(money(1850, 'USD'), { remainingDays: 7, periodDays: 28 })).toEqual(money(463, 'USD'));
    // the whole period is the whole price; no day left is nothing
    expect(prorate(eur(9900), { remainingDays: 31, periodDays: 31 })).toEqual(eur(9900));
    expect(prorate(eur(9900), { remainingDays: 0, periodDays: 31 })).toEqual(eur(0));
  });

  it('an upgrade charges the difference of the two prorated prices, each rounded', () => {
    // Starter 2900 → Growth 9900, 17 of 31 days:
    // round(9900 × 17/31) − round(2900 × 17/31) = round(5429.03) − round(1590.32) = 5429 − 1590 = 3839
    // (rounding the difference instead would give round(7000 × 17/31) = round(3838.71) = 3839; equal here)
    expect(proratedUpgradeCharge(eur(2900), eur(9900), { remainingDays: 17, periodDays: 31 })).toEqual(eur(3839));
    // 1850 → 2750 over 7 of 28 days: round(687.5) − round(462.5) = 688 − 463 = 225
    // (the rounded difference round(900 × 7/28) = 225 agrees)
    expect(proratedUpgradeCharge(money(1850, 'USD'), money(2750, 'USD'), { remainingDays: 7, periodDays: 28 })).toEqual(money(225, 'USD'));
    // 1300 → 2100 over 10 of 30 days: round(2100 × 10/30) − round(1300 × 10/30) = round(700) − round(433.33) = 700 − 433 = 267
    // while round((2100 − 1300) × 10/30) = round(266.67) = 267
    expect(proratedUpgradeCharge(money(1300, 'GBP'), money(2100, 'GBP'), { remainingDays: 10, periodDays: 30 })).toEqual(money(267, 'GBP'));
    // where the two rules differ: 5 → 10 over 1 of 2 days: round(5) − round(2.5) = 5 − 3 = 2, not round(2.5) = 3
    expect(proratedUpgradeCharge(eur(5), eur(10), { remainingDays: 1, periodDays: 2 })).toEqual(eur(2));
  });

  it('a change to a cheaper price charges nothing and refunds nothing', () => {
    expect(proratedUpgradeCharge(eur(9900), eur(2900), { remainingDays: 10, periodDays: 30 })).toEqual(eur(0));
    expect(proratedUpgradeCharge(eur(9900), eur(9900), { remainingDays: 10, periodDays: 30 })).toEqual(eur(0));
  });

  it('refuses impossible windows and mixed currencies', () => {
    expect(() => prorate(eur(100), { remainingDays: 32, periodDays: 31 })).toThrow(RangeError);
    expect(() => prorate(eur(100), { remainingDays: 1, periodDays: 0 })).toThrow(RangeError);
    expect(() => proratedUpgradeCharge(eur(100), money(200, 'USD'), { remainingDays: 1, periodDays: 30 })).toThrow(/EUR and USD|USD and EUR/);
  });
});
