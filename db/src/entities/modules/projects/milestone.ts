import { p } from '@mikro-orm/postgresql';
import { guestReadPolicy } from '../../../tenancy/policies';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { Project } from './project';

/** A date that matters to the client, on the timeline; reached when someone says so. */
export const ProjectMilestone = defineTenantEntity({
  name: 'ProjectMilestone',
  tableName: 'project_milestone',
  indexes: [{ name: 'project_milestone_company_id_due_on_index', properties: ['company', 'dueOn', 'id'] }],
  extraPolicies: [guestReadPolicy('project_milestone')],
  properties: {
    project: () => p.manyToOne(Project).deleteRule('cascade'),
    name: p.string().length(120),
    dueOn: p.string().columnType('date'),
    reachedAt: p.datetime().nullable(),
    reachedBy: p.string().length(64).nullable(),
  },
});

export type ProjectMilestoneEntity = InstanceType<typeof ProjectMilestone.class>;
