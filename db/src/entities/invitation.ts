import { defineEntity, p } from '@mikro-orm/postgresql';
import type { CompanyRole, ModuleRole } from '@atrium/core';
import { tenantPolicies } from '../tenancy/policies';
import { Company } from './company';

/**
 * An invitation to join a company. Only the SHA-256 of its token is stored: the token
 * itself exists in the link we mail and nowhere else. Accepted, revoked or past its
 * expiry, it no longer works.
 */
export const Invitation = defineEntity({
  name: 'Invitation',
  tableName: 'invitation',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('invitation'),
  // One pending invitation per address and company (migration 20261201140000).
  indexes: [
    {
      name: 'invitation_pending_company_id_email_unique',
      expression: 'create unique index "invitation_pending_company_id_email_unique" on "invitation" ("company_id", "email") where "accepted_at" is null and "revoked_at" is null',
    },
  ],
  properties: {
    id: p.uuid().primary(),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    email: p.string().length(254),
    role: p.string().$type<CompanyRole>().length(16),
    moduleRoles: p.json<Partial<Record<string, ModuleRole>>>().onCreate(() => ({})),
    tokenHash: p.string().length(64).unique(),
    invitedBy: p.string().length(64),
    expiresAt: p.datetime(),
    acceptedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type InvitationEntity = InstanceType<typeof Invitation.class>;
