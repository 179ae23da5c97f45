import { isoDateOf, monthsOfHistory, usageLimitMessage, type DateRange, type Entitlements } from '@atrium/core';
import type { Context } from 'koa';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { noticeUsageAfterCommit, type UsageChange } from '../kit/usage';

/** The person and company of an Analytics request. Editors change any dashboard (dashboards have no owner). */
export interface AnalyticsActor {
  companyId: string;
  userId: string;
  entitlements: Entitlements;
  /** Today in UTC: the end of every preset range. */
  today: string;
}

export function analyticsActor(ctx: Context): AnalyticsActor {
  return { companyId: ctx.state.membership.companyId, userId: ctx.state.person.id, entitlements: ctx.state.entitlements, today: isoDateOf(Date.now()) };
}

/** A range reaching further back than the plan's months of history is refused with the upgrade message. */
export function requireHistory(actor: AnalyticsActor, range: DateRange): void {
  const allowed = actor.entitlements.modules.analytics.limits.historyMonths ?? null;
  const months = monthsOfHistory(range, actor.today);
  if (allowed !== null && months > allowed) {
    throw new HttpError(402, 'usage_limit_reached', usageLimitMessage('analytics', 'historyMonths', actor.entitlements.plan.key), undefined, { limit: 'historyMonths', used: months, allowed, plan: actor.entitlements.plan.key });
  }
}

export const afterUsage = (deps: Pick<ApiDependencies, 'orm' | 'mailer' | 'logger'>, companyId: string, change: UsageChange, periodStart: string) =>
  noticeUsageAfterCommit(deps, 'analytics', companyId, change, periodStart);
