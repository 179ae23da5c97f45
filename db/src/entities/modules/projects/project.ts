import { p } from '@mikro-orm/postgresql';
import { guestReadPolicy } from '../../../tenancy/policies';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';

/** A project: its tasks, milestones and client guests hang off it. Active ones count towards the plan. */
export const Project = defineTenantEntity({
  name: 'Project',
  tableName: 'project',
  indexes: [{ name: 'project_company_id_status_name_index', properties: ['company', 'status', 'name', 'id'] }],
  extraPolicies: [guestReadPolicy('project', 'id')],
  properties: {
    name: p.string().length(120),
    description: p.text().default(''),
    /** `active` or `archived`. */
    status: p.string().length(16).default('active'),
    startsOn: p.string().columnType('date').nullable(),
    dueOn: p.string().columnType('date').nullable(),
    /** The project manager who made it; editors change only projects they own. */
    ownerId: p.string().length(64).nullable(),
  },
});

export type ProjectEntity = InstanceType<typeof Project.class>;
