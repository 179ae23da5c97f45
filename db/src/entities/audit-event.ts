import { defineEntity, p } from '@mikro-orm/postgresql';
import { tenantPolicies } from '../tenancy/policies';
import { Company } from './company';

export const auditCategories = ['team', 'company', 'branding', 'billing'] as const;
export type AuditCategory = (typeof auditCategories)[number];

/** Who did what to the company, and when. Written in the same transaction as the change. */
export const AuditEvent = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_event',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('audit_event'),
  indexes: [{ properties: ['company', 'createdAt'] }],
  properties: {
    id: p.uuid().primary(),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    actorUserId: p.string().length(64),
    actorEmail: p.string().length(254),
    category: p.string().$type<AuditCategory>().length(16),
    action: p.string().length(64),
    target: p.string().length(254),
    details: p.json<Record<string, unknown>>().onCreate(() => ({})),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type AuditEventEntity = InstanceType<typeof AuditEvent.class>;
