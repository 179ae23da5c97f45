import { defineEntity, p } from '@mikro-orm/postgresql';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';
import { Notification } from './notification';

/**
 * That one person has read one notice: read state is each person's own, so a billing
 * manager reading a failed payment leaves it unread for the owner.
 */
export const NotificationRead = defineEntity({
  name: 'NotificationRead',
  tableName: 'notification_read',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('notification_read'),
  indexes: [{ properties: ['company', 'userId'] }],
  properties: {
    notification: () => p.manyToOne(Notification).primary().deleteRule('cascade'),
    userId: p.string().length(64).primary(),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    readAt: p.datetime().onCreate(() => new Date()),
  },
});

export type NotificationReadEntity = InstanceType<typeof NotificationRead.class>;
