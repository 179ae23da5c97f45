import {
  dueThisWeek, projectBoard, projectInput, projectList, projectListQuery, projectParams, projectPatch, projectsKit, projectsParams, projectTimeline,
  projectDeleted, projectView as projectSchema, shipWindow, thisWeekQuery, thisWeekView,
} from '@atrium/core';
import { ModuleSetting, Project, ProjectMilestone, ProjectTask, withTenant, type EntityManager } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404, removeOr404 } from '../kit/records';
import { tickSetupStep } from '../kit/setup-steps';
import { currentPeriodStart, noticeUsageAfterCommit, reserveUsage, type UsageChange } from '../kit/usage';
import { checklistCountsOf, taskCountsOf } from './counts';
import { projectOr404, projectsActor, requireEdit, type ProjectsActor } from './projects-context';
import { milestoneView, projectView, taskView } from './views';

/** The provisioned template's task titles (`module_setting` kind `project_template`), as the company renamed them. */
async function templateTasks(em: EntityManager): Promise<string[]> {
  const template = await em.findOne(ModuleSetting, { module: 'projects', kind: 'project_template' }, { orderBy: { position: 'asc' } });
  const tasks = template?.data.tasks;
  return Array.isArray(tasks) ? tasks.filter((task): task is string => typeof task === 'string').slice(0, 100) : [];
}

export async function boardOf(em: EntityManager, actor: ProjectsActor, projectId: string) {
  const project = await projectOr404(em, actor, projectId);
  const tasks = await em.find(ProjectTask, { project: project.id }, { orderBy: { position: 'asc', createdAt: 'asc' } });
  const milestones = await em.find(ProjectMilestone, { project: project.id }, { orderBy: { dueOn: 'asc' } });
  const checklists = await checklistCountsOf(em, tasks.map((task) => task.id));
  const counts = { total: tasks.length, done: tasks.filter((task) => task.status === 'done').length };
  return {
    project: projectView(project, actor, counts),
    tasks: tasks.map((task) => taskView(task, actor, checklists.get(task.id))),
    milestones: milestones.map(milestoneView),
  };
}

export function projectRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  const afterUsage = (companyId: string, change: UsageChange | null, periodStart: string) => (change ? noticeUsageAfterCommit(deps, 'projects', companyId, change, periodStart) : undefined);

  routes.add({
    method: 'get', path: '/projects', summary: 'The company’s projects (active first), with their task progress', can: 'read', params: projectsParams, query: projectListQuery,
    responses: { 200: { description: 'The projects', schema: projectList } },
    handler: async (ctx) => {
      const { companyId } = validate(projectsParams, ctx.params);
      const query = validate(projectListQuery, ctx.query);
      const actor = projectsActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        if (!actor.readable) return { projects: [] };
        const projects = await em.find(Project, { ...actor.readable, company: companyId, ...(query.status ? { status: query.status } : {}) }, { orderBy: { status: 'asc', name: 'asc', id: 'asc' }, limit: 500 });
        const counts = await taskCountsOf(em, projects.map((project) => project.id));
        return { projects: projects.map((project) => projectView(project, actor, counts.get(project.id))) };
      });
    },
  });

  routes.add({
    method: 'post', path: '/projects', summary: 'Start a project, from the company’s template by default (active projects count towards the plan)', can: 'create', params: projectsParams, body: projectInput,
    responses: { 201: { description: 'The project’s board', schema: projectBoard }, 402: { description: 'usage_limit_reached' } },
    handler: async (ctx) => {
      const { companyId } = validate(projectsParams, ctx.params);
      const input = validate(projectInput, ctx.request.body);
      const actor = projectsActor(ctx);
      const { board, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const change = await reserveUsage(em, projectsKit, 'activeProjects', 1, actor.entitlements, companyId);
        const project = em.create(Project, {
          company: companyId, name: input.name, description: input.description, status: 'active', startsOn: input.startsOn ?? null, dueOn: input.dueOn ?? null, ownerId: actor.userId, createdBy: actor.userId,
        });
        const titles = input.fromTemplate ? await templateTasks(em) : [];
        titles.forEach((title, position) => {
          em.create(ProjectTask, { company: companyId, project, title, description: '', status: 'todo', position, ownerId: null, dueOn: null, completedAt: null, remindedFor: null, createdBy: actor.userId });
        });
        await em.flush();
        await tickSetupStep(em, 'projects', 'create_first_project');
        return { board: await boardOf(em, actor, project.id), change, periodStart: await currentPeriodStart(em) };
      });
      await afterUsage(companyId, change, periodStart);
      ctx.status = 201;
      ctx.body = board;
    },
  });

  routes.add({
    method: 'get', path: '/projects/:projectId', summary: 'A project’s board: its tasks by column and its milestones', can: 'read', params: projectParams,
    responses: { 200: { description: 'The board', schema: projectBoard } },
    handler: async (ctx) => {
      const { companyId, projectId } = validate(projectParams, ctx.params);
      const actor = projectsActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, (em) => boardOf(em, actor, projectId));
    },
  });

  routes.add({
    method: 'patch', path: '/projects/:projectId', summary: 'Rename, re-date, archive or reopen a project (reopening takes an active-project place)', can: 'update', params: projectParams, body: projectPatch,
    responses: { 200: { description: 'The project', schema: projectSchema }, 402: { description: 'usage_limit_reached on reopening' } },
    handler: async (ctx) => {
      const { companyId, projectId } = validate(projectParams, ctx.params);
      const input = validate(projectPatch, ctx.request.body);
      const actor = projectsActor(ctx);
      const { view, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const project = await findOr404(em, Project, { id: projectId }, 'There is no such project.');
        requireEdit(actor, project, 'projects');
        let change: UsageChange | null = null;
        if (input.status === 'active' && project.status !== 'active') change = await reserveUsage(em, projectsKit, 'activeProjects', 1, actor.entitlements, companyId);
        if (input.name !== undefined) project.name = input.name;
        if (input.description !== undefined) project.description = input.description;
        if (input.status !== undefined) project.status = input.status;
        if (input.startsOn !== undefined) project.startsOn = input.startsOn;
        if (input.dueOn !== undefined) project.dueOn = input.dueOn;
        await em.flush();
        const counts = await taskCountsOf(em, [project.id]);
        return { view: projectView(project, actor, counts.get(project.id)), change, periodStart: await currentPeriodStart(em) };
      });
      await afterUsage(companyId, change, periodStart);
      ctx.body = view;
    },
  });

  routes.add({
    method: 'delete', path: '/projects/:projectId', summary: 'Delete a project with its tasks, milestones and guests (managers)', can: 'delete', params: projectParams,
    responses: { 200: { description: 'Deleted', schema: projectDeleted } },
    handler: async (ctx) => {
      const { companyId, projectId } = validate(projectParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, (em) => removeOr404(em, Project, { id: projectId }, 'There is no such project.'));
    },
  });

  routes.add({
    method: 'get', path: '/timeline', summary: 'Every active project’s span and milestones, for the timeline', can: 'read', params: projectsParams,
    responses: { 200: { description: 'The timeline', schema: projectTimeline } },
    handler: async (ctx) => {
      const { companyId } = validate(projectsParams, ctx.params);
      const actor = projectsActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        if (!actor.readable) return { projects: [] };
        const projects = await em.find(Project, { ...actor.readable, company: companyId, status: 'active' }, { orderBy: { name: 'asc', id: 'asc' }, limit: 500 });
        const milestones = await em.find(ProjectMilestone, { project: { $in: projects.map((project) => project.id) } }, { orderBy: { dueOn: 'asc' } });
        return {
          projects: projects.map((project) => ({
            id: project.id, name: project.name, startsOn: project.startsOn ?? null, dueOn: project.dueOn ?? null,
            milestones: milestones.filter((milestone) => milestone.project.id === project.id).map(milestoneView),
          })),
        };
      });
    },
  });

  routes.add({
    method: 'get', path: '/this-week', summary: 'What ships this week: open tasks and milestones due in the next 7 days, mine or the company’s', can: 'read', params: projectsParams, query: thisWeekQuery,
    responses: { 200: { description: 'Due this week', schema: thisWeekView } },
    handler: async (ctx) => {
      const { companyId } = validate(projectsParams, ctx.params);
      const { scope } = validate(thisWeekQuery, ctx.query);
      const actor = projectsActor(ctx);
      const window = shipWindow(new Date());
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        if (!actor.readable) return { ...window, scope, tasks: [], milestones: [] };
        const projects = await em.find(Project, { ...actor.readable, company: companyId, status: 'active' }, { limit: 500 });
        const names = new Map(projects.map((project) => [project.id, project.name]));
        const inWindow = { company: companyId, project: { $in: [...names.keys()] }, dueOn: { $gte: window.from, $lte: window.to } };
        const tasks = await em.find(ProjectTask, inWindow, { limit: 500 });
        const milestones = await em.find(ProjectMilestone, inWindow, { limit: 500 });
        const forUser = scope === 'me' ? actor.userId : null;
        const shipping = dueThisWeek(tasks.map((task) => ({ task, dueOn: task.dueOn ?? null, done: task.status === 'done', ownerId: task.ownerId ?? null })), window, forUser);
        // A milestone belongs to the company; "for me" shows those of the projects I run.
        const dueMilestones = dueThisWeek(
          milestones.map((milestone) => ({ milestone, dueOn: milestone.dueOn, done: Boolean(milestone.reachedAt), ownerId: projects.find((project) => project.id === milestone.project.id)?.ownerId ?? null })),
          window, forUser,
        );
        return {
          ...window, scope,
          tasks: shipping.map(({ task }) => ({ ...taskView(task, actor), projectName: names.get(task.project.id) ?? '' })),
          milestones: dueMilestones.map(({ milestone }) => ({ ...milestoneView(milestone), projectName: names.get(milestone.project.id) ?? '' })),
        };
      });
    },
  });
}
