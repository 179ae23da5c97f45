import { isModuleKey, type CompanyRole, type EntitlementFacts, type ModuleKey, type ModuleRole, type SubscriptionProjection } from '@atrium/core';
import type { EntityManager, ReadStatement } from '@atrium/db';

export interface CompanyAccess {
  membership: { id: string; role: CompanyRole; moduleRoles: Partial<Record<ModuleKey, ModuleRole>> } | null;
  facts: EntitlementFacts;
}

interface AccessRow {
  membership: { id: string; role: CompanyRole; module_roles: Partial<Record<ModuleKey, ModuleRole>> } | null;
  company_currency: string | null;
  subscription: { plan: SubscriptionProjection['plan']; status: SubscriptionProjection['status']; seats: number; currency: SubscriptionProjection['currency']; scheduled_changes: SubscriptionProjection['scheduledChanges'] } | null;
  modules: string[];
  trials: { module: ModuleKey; status: string; ends_at: string }[];
}

/**
 * A person's membership and the company's entitlement facts (subscription projection,
 * paid modules, trials) in one query, inside the request's tenant transaction, so that
 * every company request costs one round trip to learn who may use what. The lists are
 * ordered, so the same facts always read as the same text (./last-access-checks.ts compares it).
 */
const accessQuery = `
  select
    (select json_build_object('id', m.id, 'role', m.role, 'module_roles', m.module_roles)
       from membership m where m.company_id = ? and m.user_id = ?) as membership,
    (select c.currency from company c where c.id = ?) as company_currency,
    (select json_build_object('plan', s.plan, 'status', s.status, 'seats', s.seats, 'currency', s.currency,
                              'scheduled_changes', s.scheduled_changes)
       from subscription s where s.company_id = ?) as subscription,
    coalesce((select json_agg(substr(i.item_key, 8) order by i.item_key) from subscription_item i
               where i.company_id = ? and i.item_key like 'module:%'), '[]'::json) as modules,
    coalesce((select json_agg(json_build_object('module', t.module, 'status', t.status, 'ends_at', t.ends_at) order by t.module)
               from module_trial t where t.company_id = ?), '[]'::json) as trials`;

export async function loadCompanyAccess(em: EntityManager, companyId: string, userId: string | null): Promise<CompanyAccess> {
  const [row] = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(accessQuery, [companyId, userId, companyId, companyId, companyId, companyId], 'all', em.getTransactionContext());
  return companyAccessOf(row!);
}

/** The access query as a statement of a one-trip read: its one row goes to `companyAccessOf`. */
export function accessStatement(companyId: string, userId: string): ReadStatement {
  return { sql: accessQuery, values: [companyId, userId, companyId, companyId, companyId, companyId] };
}

/** The access query's row as the guards use it. */
export function companyAccessOf(rawRow: Record<string, unknown>): CompanyAccess {
  const row = rawRow as unknown as AccessRow;
  const { membership, subscription } = row;
  return {
    membership: membership && { id: membership.id, role: membership.role, moduleRoles: membership.module_roles ?? {} },
    facts: {
      subscription: subscription && {
        plan: subscription.plan,
        status: subscription.status,
        seats: subscription.seats,
        currency: subscription.currency,
        scheduledChanges: subscription.scheduled_changes ?? [],
        modules: row.modules.filter(isModuleKey),
      },
      trials: row.trials.map((trial) => ({ module: trial.module, status: trial.status, endsAt: new Date(trial.ends_at) })),
      companyCurrency: row.company_currency ?? 'EUR',
    },
  };
}

/** The entitlement facts alone, for work outside a person's request (a purchase preview, a notice). */
export async function loadEntitlementFacts(em: EntityManager, companyId: string): Promise<EntitlementFacts> {
  return (await loadCompanyAccess(em, companyId, null)).facts;
}
