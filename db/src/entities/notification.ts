import { defineEntity, p } from '@mikro-orm/postgresql';
import { tenantPolicies } from '../tenancy/policies';
import { Company } from './company';

/**
 * An in-app message to a company. `dedupeKey` makes the activities that write them
 * idempotent: a retried reminder finds its own row instead of sending a second one.
 */
export const Notification = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('notification'),
  uniques: [{ properties: ['company', 'dedupeKey'] }],
  properties: {
    id: p.uuid().primary(),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    kind: p.string().length(64),
    title: p.string().length(200),
    body: p.text(),
    dedupeKey: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
    readAt: p.datetime().nullable(),
    /** For one person only (a leave decision, a reminder to a manager); null is for everyone in the company. */
    recipientUserId: p.string().length(64).nullable(),
  },
});

export type NotificationEntity = InstanceType<typeof Notification.class>;
