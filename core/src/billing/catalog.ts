import { moduleKeys, moduleNames, type ModuleKey } from '../modules/catalog';
import { annualMonthsCharged, billingCycles, type BillingCycle, type CyclePrices } from './cycles';
import { modulePrices } from './module-prices';
import { currencies, minorUnitDigits, type Currency } from './money';
import { planPrices, type PlanPrices } from './plan-prices';
import { planKeys, plans, type Plan } from './plans';

export interface CatalogPlan extends Plan {
  prices: PlanPrices;
}

export interface CatalogModule {
  key: ModuleKey;
  name: string;
  prices: CyclePrices;
}

/** What GET /api/catalog serves: plain JSON, every price in minor units. */
export interface Catalog {
  currencies: { code: Currency; minorUnitDigits: number }[];
  cycles: BillingCycle[];
  /** Monthly prices charged for an annual period (10: two months free). */
  annualMonthsCharged: number;
  plans: CatalogPlan[];
  modules: CatalogModule[];
}

export const catalog: Catalog = {
  currencies: currencies.map((code) => ({ code, minorUnitDigits: minorUnitDigits[code] })),
  cycles: [...billingCycles],
  annualMonthsCharged,
  plans: planKeys.map((key) => ({ ...plans[key], prices: planPrices[key] })),
  modules: moduleKeys.map((key) => ({ key, name: moduleNames[key], prices: modulePrices[key] })),
};
