import { defineEntity, p } from '@mikro-orm/postgresql';
import type { CompanyRole, ModuleRole } from '@atrium/core';
import { tenantPolicies } from '../tenancy/policies';
import { currentUserId } from '../tenancy/session';
import { Company } from './company';

/** A person's place in a company: their company role and their role in each module. */
export const Membership = defineEntity({
  name: 'Membership',
  tableName: 'membership',
  rowLevelSecurity: 'force',
  policies: [
    ...tenantPolicies('membership'),
    // A person sees their own memberships across companies, and nobody else's.
    { name: 'membership_self', command: 'select', using: `user_id = ${currentUserId}` },
  ],
  uniques: [{ properties: ['company', 'userId'] }],
  properties: {
    id: p.uuid().primary(),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    userId: p.string().length(64).index(),
    role: p.string().$type<CompanyRole>().length(16),
    moduleRoles: p.json<Partial<Record<string, ModuleRole>>>().onCreate(() => ({})),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type MembershipEntity = InstanceType<typeof Membership.class>;
