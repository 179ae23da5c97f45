import { z } from 'zod';
import { companyRoles } from '../company/roles';
import { moduleKeys } from '../modules/catalog';
import { planKeys } from '../billing/plans';
import { moneyView } from '../billing/views';
import { moduleStateView } from '../entitlements/views';

/**
 * The marketplace API's answers. The copy a buyer reads (tagline, features, screenshots)
 * is not in them: it is core's `moduleListings`, the same for every company.
 */
export const marketplaceModuleView = z
  .object({
    key: z.enum(moduleKeys),
    name: z.string(),
    state: moduleStateView,
    /** In the company's currency. */
    prices: z.object({ monthly: moneyView, annual: moneyView }),
  })
  .meta({ id: 'MarketplaceModule' });

export const marketplaceView = z
  .object({
    plan: z.object({ key: z.enum(planKeys), name: z.string() }),
    /** Whether this person may start trials and buy (owners, admins, billing managers). */
    canBuy: z.boolean(),
    /** For everyone else: who can. */
    askToBuy: z.array(z.object({ name: z.string(), role: z.enum(companyRoles) })),
    modules: z.array(marketplaceModuleView),
  })
  .meta({ id: 'Marketplace' });

export const trialStartedView = z
  .object({ module: z.enum(moduleKeys), endsAt: z.string(), status: z.literal('active') })
  .meta({ id: 'TrialStarted' });
