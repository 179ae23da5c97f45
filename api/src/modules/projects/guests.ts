import { projectGuestInput, projectGuestList, projectGuestParams, projectGuestView, projectParams, projectsKit } from '@atrium/core';
import { ProjectGuest, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { validate } from '../../http/validate';
import { invitationExpiry, newInvitationToken } from '../../team/invitation-token';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404 } from '../kit/records';
import { tickSetupStep } from '../kit/setup-steps';
import { currentPeriodStart, noticeUsageAfterCommit, reserveUsage } from '../kit/usage';
import { projectOr404, projectsActor } from './projects-context';
import { guestView } from './views';

/**
 * Client guests of one project, as the company manages them. A guest is no member and no
 * seat (`core/src/entitlements/seats.ts` never sees this table); the plan's `guests` limit
 * counts them instead. What a guest then sees is in `guest-access.ts`.
 */
export function guestRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/projects/:projectId/guests', summary: 'The client guests of a project', can: 'read', params: projectParams,
    responses: { 200: { description: 'The guests', schema: projectGuestList } },
    handler: async (ctx) => {
      const { companyId, projectId } = validate(projectParams, ctx.params);
      const actor = projectsActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const project = await projectOr404(em, actor, projectId);
        const guests = await em.find(ProjectGuest, { company: companyId, project: project.id }, { orderBy: { createdAt: 'asc' }, limit: 200 });
        return { guests: guests.map(guestView) };
      });
    },
  });

  routes.add({
    method: 'post', path: '/projects/:projectId/guests', summary: 'Invite an outside person to follow this one project as a guest (not a seat; the plan limits guests)', can: 'manage', params: projectParams, body: projectGuestInput,
    responses: { 201: { description: 'The invited guest (the link is mailed)', schema: projectGuestView }, 402: { description: 'usage_limit_reached' }, 409: { description: 'already_invited' } },
    handler: async (ctx) => {
      const { companyId, projectId } = validate(projectParams, ctx.params);
      const input = validate(projectGuestInput, ctx.request.body);
      const actor = projectsActor(ctx);
      const email = input.email.toLowerCase();
      const { token, tokenHash } = newInvitationToken();
      const { guest, projectName, companyName, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const project = await projectOr404(em, actor, projectId);
        const existing = await em.findOne(ProjectGuest, { company: companyId, project: project.id, email, revokedAt: null });
        if (existing) throw new HttpError(409, 'already_invited', `${email} is already a guest of ${project.name}.`, { email: 'Already a guest of this project.' });
        const change = await reserveUsage(em, projectsKit, 'guests', 1, actor.entitlements, companyId);
        const guest = em.create(ProjectGuest, {
          company: companyId, project, email, name: input.name, tokenHash, expiresAt: invitationExpiry(), invitedBy: actor.userId, userId: null, acceptedAt: null, revokedAt: null, createdBy: actor.userId,
        });
        await em.flush();
        await tickSetupStep(em, 'projects', 'invite_project_team');
        const [company] = await em.execute<{ name: string }[]>(`select name from company where id = ?`, [companyId], 'all');
        return { guest, projectName: project.name, companyName: company?.name ?? 'A company', change, periodStart: await currentPeriodStart(em) };
      });
      await noticeUsageAfterCommit(deps, 'projects', companyId, change, periodStart);
      await deps.mailer.send({
        to: email,
        subject: `${actor.name} invited you to follow ${projectName} on Atrium`,
        text: [
          `Hello ${input.name},`, '',
          `${actor.name} of ${companyName} invited you to follow the project "${projectName}" as a guest.`,
          'You will see that project’s tasks and milestones, and nothing else of the company.', '',
          `${deps.config.publicUrl}/guest-invite/${token}`, '',
          'The link works once, for 7 days. If you did not expect this, ignore this mail.',
        ].join('\n'),
      });
      ctx.status = 201;
      ctx.body = guestView(guest);
    },
  });

  routes.add({
    method: 'delete', path: '/projects/:projectId/guests/:guestId', summary: 'Withdraw a guest’s access to the project (frees a guest place)', can: 'manage', params: projectGuestParams,
    responses: { 200: { description: 'The guest, withdrawn', schema: projectGuestView } },
    handler: async (ctx) => {
      const { companyId, projectId, guestId } = validate(projectGuestParams, ctx.params);
      const actor = projectsActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const project = await projectOr404(em, actor, projectId);
        const guest = await findOr404(em, ProjectGuest, { id: guestId, project: project.id }, 'There is no such guest of this project.');
        guest.revokedAt ??= new Date();
        await em.flush();
        return guestView(guest);
      });
    },
  });
}
