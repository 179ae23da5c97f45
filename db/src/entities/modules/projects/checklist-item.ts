import { p } from '@mikro-orm/postgresql';
import { guestReadPolicy } from '../../../tenancy/policies';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { Project } from './project';
import { ProjectTask } from './task';

/** One line of a task's checklist. It carries its project so a guest's policy reads it without a join. */
export const ProjectChecklistItem = defineTenantEntity({
  name: 'ProjectChecklistItem',
  tableName: 'project_checklist_item',
  indexes: [{ name: 'project_checklist_item_task_id_position_index', properties: ['task', 'position'] }],
  extraPolicies: [guestReadPolicy('project_checklist_item')],
  properties: {
    project: () => p.manyToOne(Project).deleteRule('cascade'),
    task: () => p.manyToOne(ProjectTask).deleteRule('cascade'),
    label: p.string().length(200),
    done: p.boolean().default(false),
    position: p.integer(),
  },
});

export type ProjectChecklistItemEntity = InstanceType<typeof ProjectChecklistItem.class>;
