import {
  entitlementsOf,
  isModuleKey,
  monthlyRecurringRevenue,
  moduleKeys,
  plans,
  sortModules,
  type BillingCycle,
  type ConsoleCompanyRow,
  type Currency,
  type ModuleKey,
  type SubscriptionProjection,
} from '@atrium/core';
import type { EntityManager } from '@atrium/db';

/**
 * What the console shows of a company, read for many companies in one query inside the
 * console's operator + system transaction: the subscription projection, its module items,
 * trials and the people in seats. Plan, status, seats and module states then come from
 * core's `entitlementsOf`, MRR from core's `monthlyRecurringRevenue`: the same answers the
 * company's own pages get.
 */
interface CompanyFactsRow {
  id: string;
  name: string;
  slug: string;
  created_at: Date;
  country: string;
  tax_id: string;
  currency: string;
  subscription: { plan: SubscriptionProjection['plan']; status: SubscriptionProjection['status']; seats: number; currency: Currency; cycle: BillingCycle; scheduled_changes: SubscriptionProjection['scheduledChanges'] } | null;
  modules: string[];
  trials: { module: ModuleKey; status: string; ends_at: string }[];
  people: number;
}

const factsSelect = `
  select c.id, c.name, c.slug, c.created_at, c.country, c.tax_id, c.currency,
    (select json_build_object('plan', s.plan, 'status', s.status, 'seats', s.seats, 'currency', s.currency, 'cycle', s.cycle,
                              'scheduled_changes', s.scheduled_changes)
       from subscription s where s.company_id = c.id) as subscription,
    coalesce((select json_agg(substr(i.item_key, 8)) from subscription_item i
               where i.company_id = c.id and i.item_key like 'module:%'), '[]'::json) as modules,
    coalesce((select json_agg(json_build_object('module', t.module, 'status', t.status, 'ends_at', t.ends_at))
               from module_trial t where t.company_id = c.id), '[]'::json) as trials,
    ((select count(*) from membership m where m.company_id = c.id)
      + (select count(*) from invitation v where v.company_id = c.id and v.accepted_at is null and v.revoked_at is null and v.expires_at > now()))::int as people
  from company c
  left join subscription s on s.company_id = c.id`;

export interface CompanyFilter {
  q?: string | undefined;
  status?: string | undefined;
  plan?: string | undefined;
  companyId?: string;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (character) => `\\${character}`);

/** A company as the console lists it, with every module's state (not available included) for its own page. */
export type CompanyFacts = ConsoleCompanyRow & { allModules: ConsoleCompanyRow['modules'] };

export async function loadCompanies(em: EntityManager, filter: CompanyFilter, limit = 200): Promise<CompanyFacts[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.companyId) {
    where.push('c.id = ?');
    params.push(filter.companyId);
  }
  if (filter.q) {
    // A name or slug fragment, a member's email, or an exact company id.
    const like = `%${escapeLike(filter.q.toLowerCase())}%`;
    where.push(`(lower(c.name) like ? or c.slug like ? or c.id::text = ? or exists (
      select 1 from membership m join "user" u on u.id = m.user_id where m.company_id = c.id and lower(u.email) like ?))`);
    params.push(like, like, filter.q.toLowerCase(), like);
  }
  if (filter.status) {
    where.push(`coalesce(s.status, 'starting') = ?`);
    params.push(filter.status);
  }
  if (filter.plan) {
    where.push(`coalesce(s.plan, 'starter') = ?`);
    params.push(filter.plan);
  }
  const sql = `${factsSelect} ${where.length ? `where ${where.join(' and ')}` : ''} order by c.created_at desc limit ${Number(limit)}`;
  const rows = await em.getConnection().execute<CompanyFactsRow[]>(sql, params, 'all', em.getTransactionContext());
  const now = new Date();
  return rows.map((row) => toFacts(row, now));
}

function toFacts(row: CompanyFactsRow, now: Date): CompanyFacts {
  const modules = row.modules.filter(isModuleKey);
  const projection = row.subscription;
  const entitlements = entitlementsOf(
    {
      subscription: projection && { plan: projection.plan, status: projection.status, seats: projection.seats, currency: projection.currency, scheduledChanges: projection.scheduled_changes ?? [], modules },
      trials: row.trials.map((trial) => ({ module: trial.module, status: trial.status, endsAt: new Date(trial.ends_at) })),
      companyCurrency: row.currency,
    },
    now,
  );
  const mrr = projection
    ? monthlyRecurringRevenue(
        { plan: projection.plan, cycle: projection.cycle, seats: projection.seats, modules: sortModules(modules), currency: projection.currency, country: row.country || 'DE', taxId: row.tax_id, scheduledChanges: [...(projection.scheduled_changes ?? [])] },
        projection.status,
      )
    : { amount: 0, currency: entitlements.currency };
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    createdAt: new Date(row.created_at).toISOString(),
    plan: entitlements.plan.key,
    planName: plans[entitlements.plan.key].name,
    status: entitlements.status,
    cycle: projection?.cycle ?? null,
    seats: { paid: entitlements.seats.paid, used: row.people, limit: entitlements.seats.limit },
    mrr,
    modules: entitlements.usableModules.map((module) => ({ module, state: entitlements.modules[module].state })),
    allModules: moduleKeys.map((module) => ({ module, state: entitlements.modules[module].state })),
  };
}
