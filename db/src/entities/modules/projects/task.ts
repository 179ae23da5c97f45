import { p } from '@mikro-orm/postgresql';
import { guestReadPolicy } from '../../../tenancy/policies';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { Project } from './project';

/** A task on a project's board; `project-task:{id}` reminds its owner on the day it is due. */
export const ProjectTask = defineTenantEntity({
  name: 'ProjectTask',
  tableName: 'project_task',
  indexes: [
    { name: 'project_task_company_id_project_id_status_position_index', properties: ['company', 'project', 'status', 'position', 'id'] },
    { name: 'project_task_company_id_due_on_index', properties: ['company', 'dueOn', 'id'] },
  ],
  extraPolicies: [guestReadPolicy('project_task')],
  properties: {
    project: () => p.manyToOne(Project).deleteRule('cascade'),
    title: p.string().length(200),
    description: p.text().default(''),
    /** A board column: todo, in_progress, in_review, done. */
    status: p.string().length(16),
    position: p.integer(),
    /** The member responsible for it (they get the reminder); editors change the tasks they own. */
    ownerId: p.string().length(64).nullable(),
    dueOn: p.string().columnType('date').nullable(),
    completedAt: p.datetime().nullable(),
    /** The due date the reminder went out for, so a retried activity reminds once. */
    remindedFor: p.string().length(10).nullable(),
  },
});

export type ProjectTaskEntity = InstanceType<typeof ProjectTask.class>;
