import {
  checklistItemInput, checklistItemPatch, mentionedMembers, projectChecklistItemParams, projectCommentInput, projectCommentView, projectDeleted, projectParams,
  projectTaskDetail, projectTaskInput, projectTaskMove, projectTaskParams, projectTaskPatch, projectTaskView, checklistItemView as checklistItemSchema,
} from '@atrium/core';
import { notifyPerson, ProjectChecklistItem, ProjectComment, ProjectTask, withTenant, type EntityManager, type ProjectTaskEntity } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404, removeOr404 } from '../kit/records';
import { tickSetupStep } from '../kit/setup-steps';
import { checklistCountsOf } from './counts';
import { companyPeople, projectOr404, projectsActor, requireEdit, requireMember, type ProjectsActor } from './projects-context';
import { syncTaskReminder, type ReminderChange } from './reminders';
import { checklistItemView, commentView, taskView } from './views';

const reminderState = (task: ProjectTaskEntity): ReminderChange['after'] => ({ dueOn: task.dueOn ?? null, done: task.status === 'done', ownerId: task.ownerId ?? null });

async function nextPosition(em: EntityManager, projectId: string, status: string): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(`select coalesce(max(position) + 1, 0)::int as n from project_task where project_id = ? and status = ?`, [projectId, status], 'all');
  return row?.n ?? 0;
}

/** A task of the named project, or 404 (an id of another project is no task of this one). */
async function taskOr404(em: EntityManager, actor: ProjectsActor, projectId: string, taskId: string): Promise<ProjectTaskEntity> {
  await projectOr404(em, actor, projectId);
  return findOr404(em, ProjectTask, { id: taskId, project: projectId }, 'There is no such task in this project.');
}

/** Owner and due date given: the "Add tasks and owners" step is done; someone else as owner: the team is in. */
async function tickTaskSteps(em: EntityManager, actor: ProjectsActor, task: ProjectTaskEntity): Promise<void> {
  if (task.ownerId && task.dueOn) await tickSetupStep(em, 'projects', 'add_tasks');
  if (task.ownerId && task.ownerId !== actor.userId) await tickSetupStep(em, 'projects', 'invite_project_team');
}

async function detailOf(em: EntityManager, actor: ProjectsActor, task: ProjectTaskEntity) {
  const checklist = await em.find(ProjectChecklistItem, { task: task.id }, { orderBy: { position: 'asc' } });
  const comments = await em.find(ProjectComment, { task: task.id }, { orderBy: { createdAt: 'asc' } });
  return {
    task: taskView(task, actor, { total: checklist.length, done: checklist.filter((item) => item.done).length }),
    checklist: checklist.map(checklistItemView),
    comments: comments.map(commentView),
  };
}

export function taskRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  const reminded = async (companyId: string, change: ReminderChange) => {
    try {
      await syncTaskReminder(deps, companyId, change);
    } catch (error) {
      // The task is saved; a reminder that could not be scheduled is logged, not a failed request.
      deps.logger.error({ err: error, companyId, taskId: change.taskId }, 'project task reminder not scheduled');
    }
  };

  routes.add({
    method: 'post', path: '/projects/:projectId/tasks', summary: 'Add a task to a project; its owner is reminded on the day it is due', can: 'create', params: projectParams, body: projectTaskInput,
    responses: { 201: { description: 'The task', schema: projectTaskView } },
    handler: async (ctx) => {
      const { companyId, projectId } = validate(projectParams, ctx.params);
      const input = validate(projectTaskInput, ctx.request.body);
      const actor = projectsActor(ctx);
      const task = await withTenant(deps.orm, { companyId }, async (em) => {
        const project = await projectOr404(em, actor, projectId);
        if (input.ownerId) await requireMember(em, input.ownerId, 'ownerId');
        const task = em.create(ProjectTask, {
          company: companyId, project, title: input.title, description: input.description, status: input.status, position: await nextPosition(em, project.id, input.status),
          ownerId: input.ownerId ?? null, dueOn: input.dueOn ?? null, completedAt: input.status === 'done' ? new Date() : null, remindedFor: null, createdBy: actor.userId,
        });
        await em.flush();
        await tickTaskSteps(em, actor, task);
        return task;
      });
      await reminded(companyId, { taskId: task.id, before: { dueOn: null, done: false, ownerId: null }, after: reminderState(task) });
      ctx.status = 201;
      ctx.body = taskView(task, actor);
    },
  });

  routes.add({
    method: 'get', path: '/projects/:projectId/tasks/:taskId', summary: 'A task with its checklist and comments', can: 'read', params: projectTaskParams,
    responses: { 200: { description: 'The task', schema: projectTaskDetail } },
    handler: async (ctx) => {
      const { companyId, projectId, taskId } = validate(projectTaskParams, ctx.params);
      const actor = projectsActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => detailOf(em, actor, await taskOr404(em, actor, projectId, taskId)));
    },
  });

  const change = async (companyId: string, projectId: string, taskId: string, actor: ProjectsActor, apply: (task: ProjectTaskEntity, em: EntityManager) => Promise<void>) => {
    const { task, before, counts } = await withTenant(deps.orm, { companyId }, async (em) => {
      const task = await taskOr404(em, actor, projectId, taskId);
      requireEdit(actor, task, 'tasks');
      const before = reminderState(task);
      await apply(task, em);
      await em.flush();
      await tickTaskSteps(em, actor, task);
      return { task, before, counts: (await checklistCountsOf(em, [task.id])).get(task.id) };
    });
    await reminded(companyId, { taskId, before, after: reminderState(task) });
    return taskView(task, actor, counts);
  };

  routes.add({
    method: 'patch', path: '/projects/:projectId/tasks/:taskId', summary: 'Rename, describe, give an owner or a due date (editors: their own tasks)', can: 'update', params: projectTaskParams, body: projectTaskPatch,
    responses: { 200: { description: 'The task', schema: projectTaskView } },
    handler: async (ctx) => {
      const { companyId, projectId, taskId } = validate(projectTaskParams, ctx.params);
      const input = validate(projectTaskPatch, ctx.request.body);
      ctx.body = await change(companyId, projectId, taskId, projectsActor(ctx), async (task, em) => {
        if (input.title !== undefined) task.title = input.title;
        if (input.description !== undefined) task.description = input.description;
        if (input.ownerId !== undefined) {
          if (input.ownerId) await requireMember(em, input.ownerId, 'ownerId');
          task.ownerId = input.ownerId;
        }
        if (input.dueOn !== undefined) task.dueOn = input.dueOn;
      });
    },
  });

  routes.add({
    method: 'post', path: '/projects/:projectId/tasks/:taskId/move', summary: 'Move a task to a board column (a drag, or the card’s "Move to" menu)', can: 'update', params: projectTaskParams, body: projectTaskMove,
    responses: { 200: { description: 'The task', schema: projectTaskView } },
    handler: async (ctx) => {
      const { companyId, projectId, taskId } = validate(projectTaskParams, ctx.params);
      const input = validate(projectTaskMove, ctx.request.body);
      ctx.body = await change(companyId, projectId, taskId, projectsActor(ctx), async (task, em) => {
        if (task.status !== input.status) {
          task.position = input.position ?? (await nextPosition(em, task.project.id, input.status));
          task.status = input.status;
        } else if (input.position !== undefined) task.position = input.position;
        task.completedAt = input.status === 'done' ? (task.completedAt ?? new Date()) : null;
      });
    },
  });

  routes.add({
    method: 'delete', path: '/projects/:projectId/tasks/:taskId', summary: 'Remove a task (managers)', can: 'delete', params: projectTaskParams,
    responses: { 200: { description: 'Removed', schema: projectDeleted } },
    handler: async (ctx) => {
      const { companyId, projectId, taskId } = validate(projectTaskParams, ctx.params);
      const actor = projectsActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        await projectOr404(em, actor, projectId);
        return removeOr404(em, ProjectTask, { id: taskId, project: projectId }, 'There is no such task in this project.');
      });
      await reminded(companyId, { taskId, before: { dueOn: '1970-01-01', done: false, ownerId: 'gone' }, after: { dueOn: null, done: true, ownerId: null } });
    },
  });

  routes.add({
    method: 'post', path: '/projects/:projectId/tasks/:taskId/checklist', summary: 'Add a checklist item to a task', can: 'update', params: projectTaskParams, body: checklistItemInput,
    responses: { 201: { description: 'The item', schema: checklistItemSchema } },
    handler: async (ctx) => {
      const { companyId, projectId, taskId } = validate(projectTaskParams, ctx.params);
      const input = validate(checklistItemInput, ctx.request.body);
      const actor = projectsActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const task = await taskOr404(em, actor, projectId, taskId);
        requireEdit(actor, task, 'tasks');
        const [row] = await em.execute<{ n: number }[]>(`select count(*)::int as n from project_checklist_item where task_id = ?`, [task.id], 'all');
        if ((row?.n ?? 0) >= 100) throw new HttpError(409, 'checklist_full', 'A task holds at most 100 checklist items. Split the task in two.');
        const item = em.create(ProjectChecklistItem, { company: companyId, project: task.project, task, label: input.label, done: false, position: row?.n ?? 0, createdBy: actor.userId });
        await em.flush();
        return checklistItemView(item);
      });
      ctx.status = 201;
    },
  });

  routes.add({
    method: 'patch', path: '/projects/:projectId/tasks/:taskId/checklist/:itemId', summary: 'Tick, untick or reword a checklist item', can: 'update', params: projectChecklistItemParams, body: checklistItemPatch,
    responses: { 200: { description: 'The item', schema: checklistItemSchema } },
    handler: async (ctx) => {
      const { companyId, projectId, taskId, itemId } = validate(projectChecklistItemParams, ctx.params);
      const input = validate(checklistItemPatch, ctx.request.body);
      const actor = projectsActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const task = await taskOr404(em, actor, projectId, taskId);
        requireEdit(actor, task, 'tasks');
        const item = await findOr404(em, ProjectChecklistItem, { id: itemId, task: task.id }, 'There is no such checklist item on this task.');
        if (input.label !== undefined) item.label = input.label;
        if (input.done !== undefined) item.done = input.done;
        await em.flush();
        return checklistItemView(item);
      });
    },
  });

  routes.add({
    method: 'delete', path: '/projects/:projectId/tasks/:taskId/checklist/:itemId', summary: 'Remove a checklist item', can: 'update', params: projectChecklistItemParams,
    responses: { 200: { description: 'Removed', schema: projectDeleted } },
    handler: async (ctx) => {
      const { companyId, projectId, taskId, itemId } = validate(projectChecklistItemParams, ctx.params);
      const actor = projectsActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const task = await taskOr404(em, actor, projectId, taskId);
        requireEdit(actor, task, 'tasks');
        return removeOr404(em, ProjectChecklistItem, { id: itemId, task: task.id }, 'There is no such checklist item on this task.');
      });
    },
  });

  routes.add({
    method: 'post', path: '/projects/:projectId/tasks/:taskId/comments', summary: 'Comment on a task; each member @mentioned is notified', can: 'read', params: projectTaskParams, body: projectCommentInput,
    responses: { 201: { description: 'The comment', schema: projectCommentView } },
    handler: async (ctx) => {
      const { companyId, projectId, taskId } = validate(projectTaskParams, ctx.params);
      const input = validate(projectCommentInput, ctx.request.body);
      const actor = projectsActor(ctx);
      // Commenting is open to everyone who can read the project (viewers included): a question is not a change.
      const { comment, task } = await withTenant(deps.orm, { companyId }, async (em) => {
        const task = await taskOr404(em, actor, projectId, taskId);
        const people = await companyPeople(em);
        const mentions = mentionedMembers(input.body, people).filter((userId) => userId !== actor.userId);
        const comment = em.create(ProjectComment, { company: companyId, project: task.project, task, authorId: actor.userId, authorName: actor.name, body: input.body, mentions, createdBy: actor.userId });
        await em.flush();
        return { comment, task };
      });
      for (const userId of comment.mentions) {
        await notifyPerson(
          deps.orm, deps.mailer,
          {
            companyId, userId, kind: 'project_mention', category: 'module_activity', module: 'projects',
            title: `${actor.name} mentioned you on "${task.title}"`, body: comment.body.slice(0, 500), dedupeKey: `project-mention:${comment.id}:${userId}`,
          },
          'Open the task in Projects in Atrium to reply.',
        ).catch((error) => deps.logger.error({ err: error, companyId, commentId: comment.id }, 'mention notice failed'));
      }
      ctx.status = 201;
      ctx.body = commentView(comment);
    },
  });
}
