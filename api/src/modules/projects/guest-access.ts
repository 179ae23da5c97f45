import {
  acceptedGuestInvitation, acceptGuestInvitation, apiError, defineGuestAbilityFor, entitlementsOf, guestInvitationParams, guestInvitationPreview, guestProjectList,
  guestProjectParams, guestProjectRecord, guestProjectTaskParams, guestProjectView, guestTaskView,
} from '@atrium/core';
import { Project, ProjectChecklistItem, ProjectComment, ProjectGuest, ProjectMilestone, ProjectTask, withTenant, type EntityManager } from '@atrium/db';
import { fromNodeHeaders } from 'better-auth/node';
import type { Context } from 'koa';
import { authFailure } from '../../auth/auth-errors';
import type { ApiDependencies } from '../../deps';
import { loadEntitlementFacts } from '../../entitlements/load-company-access';
import { forwardCookies } from '../../http/cookies';
import { HttpError, notFound } from '../../http/http-error';
import type { RouteRegistry } from '../../http/routes';
import { validate } from '../../http/validate';
import { hashInvitationToken } from '../../team/invitation-token';
import { checklistItemView, commentView, milestoneView, taskFields } from './views';

const noSuchProject = 'There is no such project, or it is not shared with you.';

/**
 * A guest's request runs in their own context (`{ userId }`, no company): the tenant policies
 * then match nothing, and only the `*_guest` policies open the rows of the projects they
 * accepted. CASL says the same from their grants, and the company must still have Projects.
 */
async function guestProject(deps: ApiDependencies, ctx: Context, projectId: string) {
  const userId = ctx.state.person.id;
  const grants = await withTenant(deps.orm, { userId }, (em) => em.find(ProjectGuest, { userId, acceptedAt: { $ne: null }, revokedAt: null }));
  const ability = defineGuestAbilityFor(grants.map((grant) => grant.project.id));
  if (!ability.can('read', guestProjectRecord(projectId))) throw notFound(noSuchProject);
  const companyId = grants.find((grant) => grant.project.id === projectId)!.company.id;
  const entitlements = await withTenant(deps.orm, { companyId }, async (em) => entitlementsOf(await loadEntitlementFacts(em, companyId), new Date()));
  // A company that no longer has Projects shares nothing: the project is gone for its guests too.
  if (!entitlements.usableModules.includes('projects')) throw notFound(noSuchProject);
  return { userId, companyId };
}

async function companyNames(deps: ApiDependencies, companyIds: string[]): Promise<Map<string, string>> {
  if (companyIds.length === 0) return new Map();
  // Company names only, by the ids of the person's own grants.
  const rows = await withTenant(deps.orm, { system: 'projects: company names for a client guest' }, (em) =>
    em.execute<{ id: string; name: string }[]>(`select id, name from company where id in (${companyIds.map(() => '?').join(', ')})`, companyIds, 'all'),
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}

async function ownerNames(deps: ApiDependencies, ownerIds: (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(ownerIds.filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return new Map();
  const result = await deps.authPool.query<{ id: string; name: string }>('select id, name from "user" where id = any($1)', [ids]);
  return new Map(result.rows.map((row) => [row.id, row.name]));
}

async function findGrantByToken(deps: ApiDependencies, token: string) {
  // The token does not say which company it is for: one look-up by its hash, in a named system context.
  const grant = await withTenant(deps.orm, { system: 'projects: find guest invitation by token hash' }, (em) =>
    em.findOne(ProjectGuest, { tokenHash: hashInvitationToken(token) }, { populate: ['project', 'company'] }),
  );
  if (!grant) throw new HttpError(404, 'invitation_not_found', 'This invitation link is not valid. Ask for a new invitation.');
  if (grant.acceptedAt) throw new HttpError(410, 'invitation_used', 'This invitation has already been used. Sign in to see the project.');
  if (grant.revokedAt) throw new HttpError(410, 'invitation_revoked', 'This invitation was withdrawn. Ask the company for a new one.');
  if (grant.expiresAt <= new Date()) throw new HttpError(410, 'invitation_expired', 'This invitation has expired. Ask the company to send a new one.');
  return grant;
}

export function registerProjectGuestRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  const tags = ['projects'];
  const refusals = { 404: { description: 'Unknown or forged token', schema: apiError }, 410: { description: 'Expired, used or withdrawn', schema: apiError } };

  registry.add({
    method: 'get', path: '/api/project-guest-invitations/:token', summary: 'What a guest invitation link is for, before accepting it', tags, access: 'public', params: guestInvitationParams,
    responses: { 200: { description: 'The invitation', schema: guestInvitationPreview }, ...refusals },
    handler: async (ctx) => {
      const { token } = validate(guestInvitationParams, ctx.params);
      const grant = await findGrantByToken(deps, token);
      const account = await deps.authPool.query('select 1 from "user" where lower(email) = $1', [grant.email]);
      const inviter = await ownerNames(deps, [grant.invitedBy]);
      ctx.body = { companyName: grant.company.name, projectName: grant.project.name, email: grant.email, invitedBy: inviter.get(grant.invitedBy) ?? 'Someone', accountExists: (account.rowCount ?? 0) > 0 };
    },
  });

  registry.add({
    method: 'post', path: '/api/project-guest-invitations/accept', summary: 'Accept a guest invitation: as the signed-in person, or with a new account', tags, access: 'public', body: acceptGuestInvitation,
    responses: { 200: { description: 'Accepted (session cookie set for a new account)', schema: acceptedGuestInvitation }, 400: { description: 'Name and password missing', schema: apiError }, 409: { description: 'Sign in first, or signed in as someone else', schema: apiError }, ...refusals },
    handler: async (ctx) => {
      const input = validate(acceptGuestInvitation, ctx.request.body);
      const grant = await findGrantByToken(deps, input.token);
      const session = await deps.auth.api.getSession({ headers: fromNodeHeaders(ctx.req.headers) });
      let userId: string;
      let headers: Headers | undefined;
      if (session) {
        if (session.user.email.toLowerCase() !== grant.email) {
          throw new HttpError(409, 'signed_in_as_someone_else', `This invitation is for ${grant.email}, but you are signed in as ${session.user.email}. Sign out and open the link again.`);
        }
        userId = session.user.id;
      } else {
        const account = await deps.authPool.query('select 1 from "user" where lower(email) = $1', [grant.email]);
        if (account.rowCount) throw new HttpError(409, 'sign_in_to_accept', `${grant.email} already has an Atrium account. Sign in, then open the invitation link again.`);
        if (!input.name || !input.password) {
          throw new HttpError(400, 'invalid_request', 'Choose your name and a password to create your account.', {
            ...(input.name ? {} : { name: 'Tell us your name.' }),
            ...(input.password ? {} : { password: 'Choose a password of at least 10 characters.' }),
          });
        }
        const created = await deps.auth.api.signUpEmail({ body: { email: grant.email, password: input.password, name: input.name }, returnHeaders: true }).catch((error) => {
          throw authFailure(error);
        });
        userId = created.response.user.id;
        headers = created.headers;
        // The link reached their inbox: that proves the address.
        await deps.authPool.query('update "user" set "emailVerified" = true where id = $1', [userId]);
      }
      const claimed = await withTenant(deps.orm, { companyId: grant.company.id }, (em) =>
        em.nativeUpdate(ProjectGuest, { id: grant.id, acceptedAt: null, revokedAt: null }, { acceptedAt: new Date(), userId }),
      );
      if (claimed === 0) {
        if (headers) await deps.authPool.query('delete from "user" where id = $1', [userId]);
        throw new HttpError(410, 'invitation_used', 'This invitation has already been used. Sign in to see the project.');
      }
      forwardCookies(ctx, headers);
      ctx.body = { projectId: grant.project.id };
    },
  });

  registry.add({
    method: 'get', path: '/api/guest/projects', summary: 'The projects the signed-in person follows as a client guest', tags, access: 'person',
    responses: { 200: { description: 'The projects', schema: guestProjectList } },
    handler: async (ctx) => {
      const userId = ctx.state.person.id;
      const projects = await withTenant(deps.orm, { userId }, async (em) => {
        const grants = await em.find(ProjectGuest, { userId, acceptedAt: { $ne: null }, revokedAt: null });
        const projects = await em.find(Project, { id: { $in: grants.map((grant) => grant.project.id) } }, { orderBy: { name: 'asc' } });
        return projects.map((project) => ({ id: project.id, name: project.name, companyId: project.company.id }));
      });
      const names = await companyNames(deps, [...new Set(projects.map((project) => project.companyId))]);
      ctx.body = { projects: projects.map(({ id, name, companyId }) => ({ id, name, companyName: names.get(companyId) ?? '' })) };
    },
  });

  const tasksWithOwners = async (em: EntityManager, projectId: string) => {
    const tasks = await em.find(ProjectTask, { project: projectId }, { orderBy: { status: 'asc', position: 'asc' } });
    return tasks;
  };

  registry.add({
    method: 'get', path: '/api/guest/projects/:projectId', summary: 'A project as its client guest sees it: tasks by column and milestones', tags, access: 'person', params: guestProjectParams,
    responses: { 200: { description: 'The project', schema: guestProjectView }, 404: { description: 'Not shared with this person', schema: apiError } },
    handler: async (ctx) => {
      const { projectId } = validate(guestProjectParams, ctx.params);
      const { userId, companyId } = await guestProject(deps, ctx, projectId);
      const { project, tasks, milestones } = await withTenant(deps.orm, { userId }, async (em) => {
        const project = await em.findOne(Project, { id: projectId });
        if (!project) throw notFound(noSuchProject);
        return { project, tasks: await tasksWithOwners(em, projectId), milestones: await em.find(ProjectMilestone, { project: projectId }, { orderBy: { dueOn: 'asc' } }) };
      });
      const owners = await ownerNames(deps, tasks.map((task) => task.ownerId ?? null));
      const names = await companyNames(deps, [companyId]);
      ctx.body = {
        project: { id: project.id, name: project.name, description: project.description, companyName: names.get(companyId) ?? '', startsOn: project.startsOn ?? null, dueOn: project.dueOn ?? null },
        tasks: tasks.map((task) => ({ ...taskFields(task), ownerName: task.ownerId ? (owners.get(task.ownerId) ?? null) : null })),
        milestones: milestones.map(milestoneView),
      };
    },
  });

  registry.add({
    method: 'get', path: '/api/guest/projects/:projectId/tasks/:taskId', summary: 'A task of the guest’s project, with its checklist and comments', tags, access: 'person', params: guestProjectTaskParams,
    responses: { 200: { description: 'The task', schema: guestTaskView }, 404: { description: 'Not shared with this person', schema: apiError } },
    handler: async (ctx) => {
      const { projectId, taskId } = validate(guestProjectTaskParams, ctx.params);
      const { userId } = await guestProject(deps, ctx, projectId);
      const { task, checklist, comments } = await withTenant(deps.orm, { userId }, async (em) => {
        const task = await em.findOne(ProjectTask, { id: taskId, project: projectId });
        if (!task) throw notFound('There is no such task in this project.');
        return {
          task,
          checklist: await em.find(ProjectChecklistItem, { task: task.id }, { orderBy: { position: 'asc' } }),
          comments: await em.find(ProjectComment, { task: task.id }, { orderBy: { createdAt: 'asc' } }),
        };
      });
      const owners = await ownerNames(deps, [task.ownerId ?? null]);
      ctx.body = {
        task: { ...taskFields(task, { total: checklist.length, done: checklist.filter((item) => item.done).length }), ownerName: task.ownerId ? (owners.get(task.ownerId) ?? null) : null },
        checklist: checklist.map(checklistItemView),
        comments: comments.map(commentView),
      };
    },
  });
}
