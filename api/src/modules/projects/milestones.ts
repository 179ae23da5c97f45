import { milestoneInput, milestonePatch, milestoneView as milestoneSchema, projectDeleted, projectMilestoneParams, projectParams } from '@atrium/core';
import { ProjectMilestone, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404, removeOr404 } from '../kit/records';
import { tickSetupStep } from '../kit/setup-steps';
import { projectOr404, projectsActor, requireEdit } from './projects-context';
import { milestoneView } from './views';

export function milestoneRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'post', path: '/projects/:projectId/milestones', summary: 'Set a milestone on a project (it shows on the timeline)', can: 'create', params: projectParams, body: milestoneInput,
    responses: { 201: { description: 'The milestone', schema: milestoneSchema } },
    handler: async (ctx) => {
      const { companyId, projectId } = validate(projectParams, ctx.params);
      const input = validate(milestoneInput, ctx.request.body);
      const actor = projectsActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const project = await projectOr404(em, actor, projectId);
        requireEdit(actor, project, 'projects');
        const milestone = em.create(ProjectMilestone, { company: companyId, project, name: input.name, dueOn: input.dueOn, reachedAt: null, reachedBy: null, createdBy: actor.userId });
        await em.flush();
        await tickSetupStep(em, 'projects', 'set_milestones');
        return milestoneView(milestone);
      });
      ctx.status = 201;
    },
  });

  routes.add({
    method: 'patch', path: '/projects/:projectId/milestones/:milestoneId', summary: 'Rename or move a milestone, or mark it reached', can: 'update', params: projectMilestoneParams, body: milestonePatch,
    responses: { 200: { description: 'The milestone', schema: milestoneSchema } },
    handler: async (ctx) => {
      const { companyId, projectId, milestoneId } = validate(projectMilestoneParams, ctx.params);
      const input = validate(milestonePatch, ctx.request.body);
      const actor = projectsActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const project = await projectOr404(em, actor, projectId);
        requireEdit(actor, project, 'projects');
        const milestone = await findOr404(em, ProjectMilestone, { id: milestoneId, project: project.id }, 'There is no such milestone in this project.');
        if (input.name !== undefined) milestone.name = input.name;
        if (input.dueOn !== undefined) milestone.dueOn = input.dueOn;
        if (input.reached !== undefined) {
          milestone.reachedAt = input.reached ? (milestone.reachedAt ?? new Date()) : null;
          milestone.reachedBy = input.reached ? (milestone.reachedBy ?? actor.userId) : null;
        }
        await em.flush();
        return milestoneView(milestone);
      });
    },
  });

  routes.add({
    method: 'delete', path: '/projects/:projectId/milestones/:milestoneId', summary: 'Remove a milestone', can: 'update', params: projectMilestoneParams,
    responses: { 200: { description: 'Removed', schema: projectDeleted } },
    handler: async (ctx) => {
      const { companyId, projectId, milestoneId } = validate(projectMilestoneParams, ctx.params);
      const actor = projectsActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const project = await projectOr404(em, actor, projectId);
        requireEdit(actor, project, 'projects');
        return removeOr404(em, ProjectMilestone, { id: milestoneId, project: project.id }, 'There is no such milestone in this project.');
      });
    },
  });
}
