import { withAnnualPrices, type CyclePrices } from './cycles';
import type { PlanKey } from './plans';

export interface PlanPrices {
  /** The plan itself, with its included seats. */
  base: CyclePrices;
  /** Each seat beyond the plan's included seats, up to its seat limit. */
  extraSeat: CyclePrices;
}

/**
 * List prices in minor units (EUR cents, USD cents, pence), set per currency rather than
 * converted, so that they stay round in every market. Larger plans cost less per extra
 * seat.
 */
export const planPrices: Record<PlanKey, PlanPrices> = {
  starter: {
    base: withAnnualPrices({ EUR: 2900, USD: 3200, GBP: 2500 }),
    extraSeat: withAnnualPrices({ EUR: 800, USD: 900, GBP: 700 }),
  },
  growth: {
    base: withAnnualPrices({ EUR: 9900, USD: 10900, GBP: 8500 }),
    extraSeat: withAnnualPrices({ EUR: 700, USD: 800, GBP: 600 }),
  },
  scale: {
    base: withAnnualPrices({ EUR: 29900, USD: 32900, GBP: 25900 }),
    extraSeat: withAnnualPrices({ EUR: 600, USD: 650, GBP: 500 }),
  },
};
