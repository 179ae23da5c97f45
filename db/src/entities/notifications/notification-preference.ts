import { defineEntity, p } from '@mikro-orm/postgresql';
import type { NotificationCategory } from '@atrium/core';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';

/**
 * A person's choice for one category of notices in one company: in the app, by mail. No
 * row is the category's default (core's `defaultChoice`).
 */
export const NotificationPreference = defineEntity({
  name: 'NotificationPreference',
  tableName: 'notification_preference',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('notification_preference'),
  properties: {
    company: () => p.manyToOne(Company).primary().deleteRule('cascade'),
    userId: p.string().length(64).primary(),
    category: p.string().$type<NotificationCategory>().length(32).primary(),
    inApp: p.boolean(),
    mail: p.boolean(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export type NotificationPreferenceEntity = InstanceType<typeof NotificationPreference.class>;
