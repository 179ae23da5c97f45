import type { ModuleKey } from '../modules/catalog';
import { withAnnualPrices, type CyclePrices } from './cycles';

/**
 * What each business module costs per company (not per seat), in minor units. Trials are
 * free and are not priced here.
 */
export const modulePrices: Record<ModuleKey, CyclePrices> = {
  crm: withAnnualPrices({ EUR: 1900, USD: 2100, GBP: 1600 }),
  hr: withAnnualPrices({ EUR: 1500, USD: 1650, GBP: 1300 }),
  finance: withAnnualPrices({ EUR: 2500, USD: 2750, GBP: 2100 }),
  projects: withAnnualPrices({ EUR: 1200, USD: 1300, GBP: 1000 }),
  support: withAnnualPrices({ EUR: 1700, USD: 1850, GBP: 1450 }),
  cms: withAnnualPrices({ EUR: 900, USD: 990, GBP: 750 }),
  analytics: withAnnualPrices({ EUR: 2200, USD: 2400, GBP: 1900 }),
};
