import { p } from '@mikro-orm/postgresql';
import { guestReadPolicy } from '../../../tenancy/policies';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { Project } from './project';
import { ProjectTask } from './task';

/** A comment on a task; the members it @mentions were notified once each. */
export const ProjectComment = defineTenantEntity({
  name: 'ProjectComment',
  tableName: 'project_comment',
  indexes: [{ name: 'project_comment_task_id_created_at_index', properties: ['task', 'createdAt'] }],
  extraPolicies: [guestReadPolicy('project_comment')],
  properties: {
    project: () => p.manyToOne(Project).deleteRule('cascade'),
    task: () => p.manyToOne(ProjectTask).deleteRule('cascade'),
    authorId: p.string().length(64).nullable(),
    /** Kept as written, so the comment still reads right after the author leaves. */
    authorName: p.string().length(120),
    body: p.text(),
    mentions: p.array().default([]),
  },
});

export type ProjectCommentEntity = InstanceType<typeof ProjectComment.class>;
