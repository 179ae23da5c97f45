import type { ProjectChecklistItemEntity, ProjectCommentEntity, ProjectEntity, ProjectGuestEntity, ProjectMilestoneEntity, ProjectTaskEntity } from '@atrium/db';
import type { TaskStatus } from '@atrium/core';
import type { ProjectsActor } from './projects-context';

type Counts = { total: number; done: number };
const none: Counts = { total: 0, done: 0 };

export const projectView = (project: ProjectEntity, actor: ProjectsActor, tasks: Counts = none) => ({
  id: project.id, name: project.name, description: project.description, status: project.status as 'active' | 'archived', ownerId: project.ownerId ?? null,
  startsOn: project.startsOn ?? null, dueOn: project.dueOn ?? null, createdAt: project.createdAt.toISOString(), tasks,
  canEdit: actor.canEdit({ ownerId: project.ownerId, createdBy: project.createdBy }),
});

export const taskFields = (task: ProjectTaskEntity, checklist: Counts = none) => ({
  id: task.id, projectId: task.project.id, title: task.title, description: task.description, status: task.status as TaskStatus, position: task.position,
  ownerId: task.ownerId ?? null, dueOn: task.dueOn ?? null, completedAt: task.completedAt?.toISOString() ?? null, checklist,
});

export const taskView = (task: ProjectTaskEntity, actor: ProjectsActor, checklist: Counts = none) => ({
  ...taskFields(task, checklist), canEdit: actor.canEdit({ ownerId: task.ownerId, createdBy: task.createdBy }),
});

export const milestoneView = (milestone: ProjectMilestoneEntity) => ({
  id: milestone.id, projectId: milestone.project.id, name: milestone.name, dueOn: milestone.dueOn, reachedAt: milestone.reachedAt?.toISOString() ?? null,
});

export const checklistItemView = (item: ProjectChecklistItemEntity) => ({ id: item.id, label: item.label, done: item.done, position: item.position });

export const commentView = (comment: ProjectCommentEntity) => ({
  id: comment.id, authorId: comment.authorId ?? null, authorName: comment.authorName, body: comment.body, mentions: comment.mentions ?? [], createdAt: comment.createdAt.toISOString(),
});

export const guestView = (guest: ProjectGuestEntity) => ({
  id: guest.id, projectId: guest.project.id, email: guest.email, name: guest.name,
  status: (guest.revokedAt ? 'revoked' : guest.acceptedAt ? 'active' : 'invited') as 'invited' | 'active' | 'revoked',
  invitedAt: guest.createdAt.toISOString(), acceptedAt: guest.acceptedAt?.toISOString() ?? null,
});
