import { isCurrency, moduleKeys, moduleNames, modulePrice, moduleStateOf, type AtriumAbility, type ModuleKey } from '@atrium/core';
import { Company, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { membersOf } from '../team/list-members';
import { loadModuleFacts } from './module-facts';

/**
 * The marketplace as one person sees it: every module with its state for the company and
 * its prices in the company's currency, whether this person may buy, and if not whom to ask.
 */
export async function listMarketplace(deps: ApiDependencies, companyId: string, ability: AtriumAbility) {
  return withTenant(deps.orm, { companyId }, async (em) => {
    const company = await em.findOneOrFail(Company, { id: companyId });
    const facts = await loadModuleFacts(em, companyId);
    const canBuy = ability.can('create', 'Marketplace');
    const buyers = canBuy ? [] : (await membersOf(em, companyId)).filter((member) => ['owner', 'admin', 'billing'].includes(member.role));
    const now = new Date();
    return {
      canBuy,
      askToBuy: buyers.map((member) => ({ name: member.name, role: member.role })),
      modules: moduleKeys.map((module) => marketplaceEntry(module, company.currency, moduleStateOf(module, facts, now))),
    };
  });
}

export function marketplaceEntry(module: ModuleKey, companyCurrency: string, state: ReturnType<typeof moduleStateOf>) {
  const currency = isCurrency(companyCurrency) ? companyCurrency : 'EUR';
  return {
    key: module,
    name: moduleNames[module],
    state,
    prices: { monthly: modulePrice(module, 'monthly', currency), annual: modulePrice(module, 'annual', currency) },
  };
}
