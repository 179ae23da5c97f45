import { defineEntity, p } from '@mikro-orm/postgresql';
import type { BillingCycle, CalendarDay, PlanKey, ScheduledChange, SubscriptionStatus } from '@atrium/core';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';


/**
 * A company's subscription as its workflow (`subscription:{companyId}`) last recorded it.
 * The workflow is the source of truth; this row is its projection for lists, the
 * dashboard and SQL. `revision` only grows, so a late retry of an older recording can
 * never overwrite a newer one.
 */
export const Subscription = defineEntity({
  name: 'Subscription',
  tableName: 'subscription',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('subscription'),
  properties: {
    company: () => p.oneToOne(Company).primary().deleteRule('cascade'),
    revision: p.integer(),
    plan: p.string().$type<PlanKey>().length(16),
    cycle: p.string().$type<BillingCycle>().length(8),
    seats: p.integer(),
    currency: p.string().length(3),
    status: p.string().$type<SubscriptionStatus>().length(16),
    anchorDay: p.string().$type<CalendarDay>().length(10),
    periodStart: p.string().$type<CalendarDay>().length(10),
    periodEnd: p.string().$type<CalendarDay>().length(10),
    cancelAtPeriodEnd: p.boolean().default(false),
    pausedUntil: p.string().$type<CalendarDay>().length(10).nullable(),
    scheduledChanges: p.json<ScheduledChange[]>(),
    /**
     * The workflow's snapshot as recorded with this revision (`SubscriptionSnapshot` of
     * `@atrium/workflows`, which `db` does not import): a terminated workflow resumes from it.
     */
    snapshot: p.json<Record<string, unknown>>().nullable(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export type SubscriptionEntity = InstanceType<typeof Subscription.class>;
