import { crmActivityInput, crmActivityView, crmParams, crmTaskInput, crmTaskList, crmTaskParams, crmTaskPatch, crmTaskQuery, crmTaskView, crmTimeline, crmTimelineQuery } from '@atrium/core';
import { CrmActivity, CrmContact, CrmDeal, CrmTask, withTenant, type CrmActivityEntity, type CrmTaskEntity, type EntityManager } from '@atrium/db';
import { crmTaskChangedSignal, crmTaskWorkflowId } from '@atrium/workflows';
import type { ApiDependencies } from '../../deps';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404, linkedOr400 } from '../kit/records';
import { crmActor, requireEdit, requireMember, type CrmActor } from './crm-context';


const activityView = (activity: CrmActivityEntity) => ({
  id: activity.id, kind: activity.kind, body: activity.body, occurredAt: activity.occurredAt.toISOString(),
  contactId: activity.contact?.id ?? null, dealId: activity.deal?.id ?? null, authorId: activity.ownerId ?? null,
});

const taskView = (task: CrmTaskEntity, actor: CrmActor) => ({
  id: task.id, title: task.title, dueAt: task.dueAt.toISOString(), assigneeId: task.assigneeId, contactId: task.contact?.id ?? null, dealId: task.deal?.id ?? null,
  done: Boolean(task.completedAt), remindedAt: task.remindedAt?.toISOString() ?? null, canEdit: mayChangeTask(task, actor),
});

/** A task's creator (as owner) or its assignee may change it; managers any. */
const mayChangeTask = (task: CrmTaskEntity, actor: CrmActor) => actor.canEdit(task.ownerId ?? null) || (task.assigneeId === actor.userId && actor.canEdit(actor.userId));

async function linked(em: EntityManager, input: { contactId?: string | null; dealId?: string | null }) {
  return { contact: await linkedOr400(em, CrmContact, input.contactId, 'contactId', 'contact'), deal: await linkedOr400(em, CrmDeal, input.dealId, 'dealId', 'deal') };
}

export function timelineRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/activities', summary: 'The timeline of a contact or a deal, newest first', can: 'read', params: crmParams, query: crmTimelineQuery,
    responses: { 200: { description: 'The timeline', schema: crmTimeline } },
    handler: async (ctx) => {
      const { companyId } = validate(crmParams, ctx.params);
      const query = validate(crmTimelineQuery, ctx.query);
      const actor = crmActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        if (!actor.readable) return { activities: [] };
        const where: Record<string, unknown> = { ...actor.readable };
        if (query.contactId) where.contact = query.contactId;
        if (query.dealId) where.deal = query.dealId;
        const activities = await em.find(CrmActivity, where, { orderBy: { occurredAt: 'desc', createdAt: 'desc' }, limit: 200 });
        return { activities: activities.map(activityView) };
      });
    },
  });

  routes.add({
    method: 'post', path: '/activities', summary: 'Log a note, call, email or meeting on a contact or deal', can: 'create', params: crmParams, body: crmActivityInput,
    responses: { 201: { description: 'The activity', schema: crmActivityView } },
    handler: async (ctx) => {
      const { companyId } = validate(crmParams, ctx.params);
      const input = validate(crmActivityInput, ctx.request.body);
      const actor = crmActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const { contact, deal } = await linked(em, input);
        const activity = em.create(CrmActivity, {
          company: companyId, kind: input.kind, body: input.body, occurredAt: input.occurredAt ? new Date(input.occurredAt) : new Date(),
          contact: contact ?? deal?.contact ?? null, deal, ownerId: actor.userId, createdBy: actor.userId,
        });
        await em.persist(activity).flush();
        return activityView(activity);
      });
      ctx.status = 201;
    },
  });

  routes.add({
    method: 'get', path: '/tasks', summary: 'Tasks, soonest due first (mine, open)', can: 'read', params: crmParams, query: crmTaskQuery,
    responses: { 200: { description: 'The tasks', schema: crmTaskList } },
    handler: async (ctx) => {
      const { companyId } = validate(crmParams, ctx.params);
      const query = validate(crmTaskQuery, ctx.query);
      const actor = crmActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        if (!actor.readable) return { tasks: [] };
        const where: Record<string, unknown> = { ...actor.readable };
        if (query.assignee === 'me') where.assigneeId = actor.userId;
        if (query.open === 'true') where.completedAt = null;
        if (query.open === 'false') where.completedAt = { $ne: null };
        const tasks = await em.find(CrmTask, where, { orderBy: { dueAt: 'asc' }, limit: 200 });
        return { tasks: tasks.map((task) => taskView(task, actor)) };
      });
    },
  });

  routes.add({
    method: 'post', path: '/tasks', summary: 'Add a task due at a time for a member; they are reminded when it is due', can: 'create', params: crmParams, body: crmTaskInput,
    responses: { 201: { description: 'The task', schema: crmTaskView } },
    handler: async (ctx) => {
      const { companyId } = validate(crmParams, ctx.params);
      const input = validate(crmTaskInput, ctx.request.body);
      const actor = crmActor(ctx);
      const view = await withTenant(deps.orm, { companyId }, async (em) => {
        await requireMember(em, input.assigneeId, 'assigneeId');
        const { contact, deal } = await linked(em, input);
        const task = em.create(CrmTask, {
          company: companyId, title: input.title, dueAt: new Date(input.dueAt), assigneeId: input.assigneeId, contact, deal, completedAt: null, remindedAt: null, ownerId: actor.userId, createdBy: actor.userId,
        });
        await em.persist(task).flush();
        return taskView(task, actor);
      });
      // The durable timer: the reminder survives restarts of the API and the worker.
      await deps.temporal.workflow.start('crmTaskReminderWorkflow', {
        workflowId: crmTaskWorkflowId(view.id), taskQueue: deps.config.temporal.taskQueue, args: [{ companyId, taskId: view.id, dueAt: view.dueAt }],
      });
      ctx.status = 201;
      ctx.body = view;
    },
  });

  routes.add({
    method: 'patch', path: '/tasks/:taskId', summary: 'Reschedule, reassign or finish a task', can: 'update', params: crmTaskParams, body: crmTaskPatch,
    responses: { 200: { description: 'The task', schema: crmTaskView } },
    handler: async (ctx) => {
      const { companyId, taskId } = validate(crmTaskParams, ctx.params);
      const input = validate(crmTaskPatch, ctx.request.body);
      const actor = crmActor(ctx);
      const { view, rescheduled, finished } = await withTenant(deps.orm, { companyId }, async (em) => {
        const task = await findOr404(em, CrmTask, { id: taskId }, 'There is no such task.');
        if (!mayChangeTask(task, actor)) requireEdit(actor, task.ownerId ?? null, 'tasks');
        if (input.assigneeId !== undefined) {
          await requireMember(em, input.assigneeId, 'assigneeId');
          task.assigneeId = input.assigneeId;
        }
        if (input.title !== undefined) task.title = input.title;
        const rescheduled = input.dueAt !== undefined && new Date(input.dueAt).getTime() !== task.dueAt.getTime();
        if (rescheduled) {
          task.dueAt = new Date(input.dueAt!);
          task.remindedAt = null;
        }
        const finished = input.done === true && !task.completedAt;
        if (input.done !== undefined) task.completedAt = input.done ? (task.completedAt ?? new Date()) : null;
        await em.flush();
        return { view: taskView(task, actor), rescheduled, finished };
      });
      if (rescheduled || finished) {
        // Signal-with-start: a task whose reminder already went out gets a new timer when moved.
        await deps.temporal.workflow.signalWithStart('crmTaskReminderWorkflow', {
          workflowId: crmTaskWorkflowId(taskId), taskQueue: deps.config.temporal.taskQueue, args: [{ companyId, taskId, dueAt: view.dueAt }],
          signal: crmTaskChangedSignal, signalArgs: [finished ? { done: true } : { dueAt: view.dueAt }],
        });
      }
      ctx.body = view;
    },
  });
}
