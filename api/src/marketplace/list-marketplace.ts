import { moduleKeys, moduleNames, modulePrice, type AtriumAbility, type Currency, type Entitlements, type ModuleKey, type ModuleState } from '@atrium/core';
import { withTenant } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { membersOf } from '../team/list-members';

/**
 * The marketplace as one person sees it: every module with its state for the company and
 * its prices in the subscription's currency (from the entitlements, as everything else), whether this person may buy, and if not whom to ask.
 */
export async function listMarketplace(deps: ApiDependencies, companyId: string, ability: AtriumAbility, entitlements: Entitlements) {
  return withTenant(deps.orm, { companyId }, async (em) => {
    const canBuy = ability.can('create', 'Marketplace');
    const buyers = canBuy ? [] : (await membersOf(em, companyId)).filter((member) => ['owner', 'admin', 'billing'].includes(member.role));
    return {
      plan: { key: entitlements.plan.key, name: entitlements.plan.name },
      canBuy,
      askToBuy: buyers.map((member) => ({ name: member.name, role: member.role })),
      modules: moduleKeys.map((module) => marketplaceEntry(module, entitlements.currency, entitlements.modules[module].state)),
    };
  });
}

export function marketplaceEntry(module: ModuleKey, currency: Currency, state: ModuleState) {
  return {
    key: module,
    name: moduleNames[module],
    state,
    prices: { monthly: modulePrice(module, 'monthly', currency), annual: modulePrice(module, 'annual', currency) },
  };
}
