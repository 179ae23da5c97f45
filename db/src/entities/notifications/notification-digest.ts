import { defineEntity, p } from '@mikro-orm/postgresql';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';

/**
 * A person's daily digest in one company: a mail each morning with the day's unread
 * notices. `lastSentOn` is the business key of the daily run: a retried or repeated run
 * of the same day finds it and sends nothing twice.
 */
export const NotificationDigest = defineEntity({
  name: 'NotificationDigest',
  tableName: 'notification_digest',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('notification_digest'),
  properties: {
    company: () => p.manyToOne(Company).primary().deleteRule('cascade'),
    userId: p.string().length(64).primary(),
    enabled: p.boolean(),
    lastSentOn: p.string().columnType('date').nullable(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export type NotificationDigestEntity = InstanceType<typeof NotificationDigest.class>;
