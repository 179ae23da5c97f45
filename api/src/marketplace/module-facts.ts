import { isModuleKey, type ModuleFacts, type ModuleKey } from '@atrium/core';
import { ModuleTrial, Subscription, SubscriptionItem, type EntityManager } from '@atrium/db';

/** What the database says about a company's modules (inside its tenant transaction). */
export async function loadModuleFacts(em: EntityManager, companyId: string): Promise<ModuleFacts> {
  const [subscription, items, trials] = await Promise.all([
    em.findOne(Subscription, { company: companyId }),
    em.find(SubscriptionItem, { itemKey: { $like: 'module:%' } }),
    em.find(ModuleTrial, {}),
  ]);
  const scheduledRemovals: Partial<Record<ModuleKey, string>> = {};
  for (const change of subscription?.scheduledChanges ?? []) {
    if (change.kind === 'remove_module') scheduledRemovals[change.module] = change.effectiveOn;
  }
  return {
    paidModules: items.map((item) => item.itemKey.slice('module:'.length)).filter(isModuleKey),
    subscriptionStatus: subscription?.status ?? null,
    scheduledRemovals,
    trials: trials.map((trial) => ({ module: trial.module, status: trial.status, endsAt: trial.endsAt })),
  };
}
