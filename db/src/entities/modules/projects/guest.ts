import { p } from '@mikro-orm/postgresql';
import { guestSelfPolicy } from '../../../tenancy/policies';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { Project } from './project';

/**
 * A client guest's grant to one project: an outside person, not a member and not a seat.
 * Until they accept, only the invitation (email, token hash) exists; accepting sets
 * `userId`, which is what the guest policies of every project table read.
 */
export const ProjectGuest = defineTenantEntity({
  name: 'ProjectGuest',
  tableName: 'project_guest',
  indexes: [
    { name: 'project_guest_company_id_project_id_index', properties: ['company', 'project', 'id'] },
    { name: 'project_guest_user_id_index', properties: ['userId'] },
  ],
  uniques: [{ name: 'project_guest_token_hash_unique', properties: ['tokenHash'] }],
  extraPolicies: [guestSelfPolicy('project_guest')],
  properties: {
    project: () => p.manyToOne(Project).deleteRule('cascade'),
    email: p.string().length(200),
    name: p.string().length(120),
    tokenHash: p.string().length(64),
    expiresAt: p.datetime(),
    invitedBy: p.string().length(64),
    userId: p.string().length(64).nullable(),
    acceptedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});

export type ProjectGuestEntity = InstanceType<typeof ProjectGuest.class>;
