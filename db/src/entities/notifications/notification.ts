import { defineEntity, p } from '@mikro-orm/postgresql';
import type { ModuleKey, NotificationCategory } from '@atrium/core';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';

/**
 * An in-app message to a company, or to one person in it. `dedupeKey` makes the activities
 * that write them idempotent: a retried reminder finds its own row instead of sending a
 * second one. Who sees it follows from its `category` (core's audience rules) and
 * `recipientUserId`; whether each person has read it is theirs (`notification_read`).
 * Inserting a row tells every API process (`atrium_notification`, a trigger), which is how
 * the bell updates live.
 */
export const Notification = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('notification'),
  uniques: [{ properties: ['company', 'dedupeKey'] }],
  indexes: [{ properties: ['company', 'createdAt'] }],
  properties: {
    id: p.uuid().primary(),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    kind: p.string().length(64),
    category: p.string().$type<NotificationCategory>().length(32),
    /** The module it names; for its news and its work (core's `moduleScopedCategories`) only people who can open it see the notice. */
    module: p.string().$type<ModuleKey>().length(16).nullable(),
    title: p.string().length(200),
    body: p.text(),
    dedupeKey: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** For one person only (a leave decision, a reminder to a manager); null is for the people of its category. */
    recipientUserId: p.string().length(64).nullable(),
  },
});

export type NotificationEntity = InstanceType<typeof Notification.class>;
