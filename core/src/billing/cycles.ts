import type { Currency } from './money';

/** How often a subscription renews and is billed (in advance, at period start). */
export const billingCycles = ['monthly', 'annual'] as const;
export type BillingCycle = (typeof billingCycles)[number];

export const monthsPerCycle: Record<BillingCycle, number> = { monthly: 1, annual: 12 };

/** Annual billing charges ten monthly prices for twelve months: two months free. */
export const annualMonthsCharged = 10;

/** A price in every currency we sell in, in minor units. */
export type PriceByCurrency = Record<Currency, number>;

/** The same item's price for each billing cycle. */
export type CyclePrices = Record<BillingCycle, PriceByCurrency>;

/** Monthly prices as listed, annual ones derived from them (two months free). */
export function withAnnualPrices(monthly: PriceByCurrency): CyclePrices {
  return {
    monthly: { ...monthly },
    annual: {
      EUR: monthly.EUR * annualMonthsCharged,
      USD: monthly.USD * annualMonthsCharged,
      GBP: monthly.GBP * annualMonthsCharged,
    },
  };
}
