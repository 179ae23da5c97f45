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
