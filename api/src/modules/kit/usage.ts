import { moduleLimits, moduleNames, thresholdsCrossed, usageLimitMessage, type Entitlements, type ModuleKey, type ModuleKit, type UsageFigure } from '@atrium/core';
import { notifyAndMail, type EntityManager, type Mailer, type MikroORM } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';

/** Counts every limit of the module from its real rows (inside the company's transaction). */
export async function moduleUsage(em: EntityManager, kit: ModuleKit | undefined, module: ModuleKey, entitlements: Entitlements): Promise<UsageFigure[]> {
  const { labels } = moduleLimits[module];
  const limits = entitlements.modules[module].limits;
  const figures: UsageFigure[] = [];
  for (const key of Object.keys(labels)) {
    // A fractional figure (GB of storage) shows rounded up: any use of a GB is that GB begun.
    figures.push({ key, label: labels[key]!, used: kit?.usage[key] ? Math.ceil(await countOf(em, kit, key)) : 0, limit: limits[key] ?? null });
  }
  return figures;
}

async function countOf(em: EntityManager, kit: ModuleKit, key: string): Promise<number> {
  const counter = kit.usage[key]!;
  if ('constant' in counter) return counter.constant;
  // Table and condition come from the module's kit in `core`, never from a request.
  const [row] = await em.execute<{ n: number | string }[]>(`select (${counter.value ?? 'count(*)'})::float8 as n from "${counter.table}"${counter.where ? ` where ${counter.where}` : ''}`, [], 'all');
  return Number(row?.n ?? 0);
}

/** What a create did to a limit, for the 80 % and 100 % notices after commit. */
export interface UsageChange {
  key: string;
  before: number;
  after: number;
  limit: number | null;
}

/**
 * Refuses `adding` records of limit `key` past the plan's allowance with
 * `402 usage_limit_reached`. It takes the company row lock first, so two parallel creates
 * count one after the other and cannot both take the last place.
 */
export async function reserveUsage(em: EntityManager, kit: ModuleKit, key: string, adding: number, entitlements: Entitlements, companyId: string): Promise<UsageChange> {
  await em.execute(`select id from company where id = ? for update`, [companyId]);
  const limit = entitlements.modules[kit.module].limits[key] ?? null;
  const before = await countOf(em, kit, key);
  if (limit !== null && before + adding > limit) {
    throw new HttpError(402, 'usage_limit_reached', usageLimitMessage(kit.module, key, entitlements.plan.key), undefined, { limit: key, used: before, allowed: limit, plan: entitlements.plan.key });
  }
  return { key, before, after: before + adding, limit };
}

/**
 * After the records are committed: a notice (and mail to owners and admins) when usage
 * crosses 80 % or 100 % of a limit, once per threshold per billing period (the dedupe key
 * carries the period start, so the next period warns again).
 */
export async function notifyUsageThresholds(orm: MikroORM, mailer: Mailer, companyId: string, module: ModuleKey, change: UsageChange, periodStart: string): Promise<void> {
  const label = (moduleLimits[module].labels[change.key] ?? change.key).toLowerCase();
  for (const percent of thresholdsCrossed(change.before, change.after, change.limit)) {
    const title = percent >= 100 ? `${moduleNames[module]}: you have reached your ${label} limit` : `${moduleNames[module]}: ${percent}% of your ${label} used`;
    await notifyAndMail(
      orm,
      mailer,
      {
        companyId,
        kind: 'usage',
        title,
        body: `${change.after.toLocaleString('en-GB')} of ${change.limit!.toLocaleString('en-GB')} ${label} are in use. ${percent >= 100 ? 'New ones are refused until you upgrade or remove some.' : 'Upgrade your plan before you run out.'}`,
        dedupeKey: `usage:${module}:${change.key}:${percent}:${periodStart}`,
      },
      ['owner', 'admin'],
      'Manage your plan under Billing in Atrium.',
    );
  }
}

/**
 * `notifyUsageThresholds` for a route, after its transaction committed: the record is in,
 * so a lost notice is logged, never turned into a failed request.
 */
export async function noticeUsageAfterCommit(deps: Pick<ApiDependencies, 'orm' | 'mailer' | 'logger'>, module: ModuleKey, companyId: string, change: UsageChange, periodStart: string): Promise<void> {
  try {
    await notifyUsageThresholds(deps.orm, deps.mailer, companyId, module, change, periodStart);
  } catch (error) {
    deps.logger.error({ err: error, companyId, module }, 'usage notice failed');
  }
}

/** The start of the company's current billing period (the dedupe period of usage notices). */
export async function currentPeriodStart(em: EntityManager): Promise<string> {
  const [row] = await em.execute<{ period_start: string }[]>(`select period_start from subscription limit 1`, [], 'all');
  return row?.period_start ?? new Date().toISOString().slice(0, 7) + '-01';
}
