import { entitlementsOf, isModuleKey, type Entitlements, type ModuleKey, type SubscriptionProjection } from '@atrium/core';
import type { EntityManager } from '@mikro-orm/postgresql';

interface FactsRow {
  company_currency: string | null;
  subscription: { plan: SubscriptionProjection['plan']; status: SubscriptionProjection['status']; seats: number; currency: SubscriptionProjection['currency']; scheduled_changes: SubscriptionProjection['scheduledChanges'] } | null;
  modules: string[];
  trials: { module: ModuleKey; status: string; ends_at: string }[];
}

/**
 * The company's entitlements for work outside a person's request (a scheduled report in the
 * worker), from the same facts the API's request guard reads (subscription projection, paid
 * modules, trials) and decided by `entitlementsOf` alone. Runs in the company's transaction.
 */
export async function companyEntitlements(em: EntityManager, companyId: string, now: Date): Promise<Entitlements> {
  const [row] = await em.execute<FactsRow[]>(
    `select
       (select c.currency from company c where c.id = ?) as company_currency,
       (select json_build_object('plan', s.plan, 'status', s.status, 'seats', s.seats, 'currency', s.currency, 'scheduled_changes', s.scheduled_changes)
          from subscription s where s.company_id = ?) as subscription,
       coalesce((select json_agg(substr(i.item_key, 8)) from subscription_item i where i.company_id = ? and i.item_key like 'module:%'), '[]'::json) as modules,
       coalesce((select json_agg(json_build_object('module', t.module, 'status', t.status, 'ends_at', t.ends_at)) from module_trial t where t.company_id = ?), '[]'::json) as trials`,
    [companyId, companyId, companyId, companyId],
    'all',
  );
  const subscription = row!.subscription;
  return entitlementsOf(
    {
      subscription: subscription && {
        plan: subscription.plan, status: subscription.status, seats: subscription.seats, currency: subscription.currency,
        scheduledChanges: subscription.scheduled_changes ?? [], modules: row!.modules.filter(isModuleKey),
      },
      trials: row!.trials.map((trial) => ({ module: trial.module, status: trial.status, endsAt: new Date(trial.ends_at) })),
      companyCurrency: row!.company_currency ?? 'EUR',
    },
    now,
  );
}
