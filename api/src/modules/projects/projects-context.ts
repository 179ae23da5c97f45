import { moduleRecord, type Entitlements } from '@atrium/core';
import { Project, type EntityManager, type ProjectEntity } from '@atrium/db';
import type { Context } from 'koa';
import { HttpError } from '../../http/http-error';
import { accessibleWhere } from '../../permissions/query-filter';
import { findOr404 } from '../kit/records';

/** The person and company of a Projects request, as the verbs need them. */
export interface ProjectsActor {
  companyId: string;
  userId: string;
  name: string;
  entitlements: Entitlements;
  manages: boolean;
  /** Managers change anything; editors what they own or made themselves. */
  canEdit(record: { ownerId?: string | null; createdBy?: string | null }): boolean;
  canDelete(record: { ownerId?: string | null }): boolean;
  /** The CASL read rules as a `where`, null when nothing may be read. */
  readable: Record<string, unknown> | null;
}

export function projectsActor(ctx: Context): ProjectsActor {
  const { ability } = ctx.state;
  const may = (ownerId: string | null | undefined) => ability.can('update', moduleRecord('projects', ownerId ?? null));
  return {
    companyId: ctx.state.membership.companyId,
    userId: ctx.state.person.id,
    name: ctx.state.person.name,
    entitlements: ctx.state.entitlements,
    manages: ability.can('manage', 'projects'),
    canEdit: (record) => may(record.ownerId) || (record.createdBy ? may(record.createdBy) && record.createdBy === ctx.state.person.id : false),
    canDelete: (record) => ability.can('delete', moduleRecord('projects', record.ownerId ?? null)),
    readable: accessibleWhere(ability, 'read', 'projects'),
  };
}

export function requireEdit(actor: ProjectsActor, record: { ownerId?: string | null; createdBy?: string | null }, what: string): void {
  if (!actor.canEdit(record)) throw new HttpError(403, 'forbidden', `Your Projects role lets you change only ${what} you own or created. Ask a Projects manager.`);
}

/** The project a nested route names, readable by the person, or 404. */
export function projectOr404(em: EntityManager, actor: ProjectsActor, projectId: string): Promise<ProjectEntity> {
  return findOr404(em, Project, actor.readable && { ...actor.readable, id: projectId }, 'There is no such project.');
}

export interface CompanyPerson {
  userId: string;
  name: string;
  email: string;
}

/** The company's members with their names (owners of tasks, people a comment may mention). */
export function companyPeople(em: EntityManager): Promise<CompanyPerson[]> {
  return em.execute<CompanyPerson[]>(`select m.user_id as "userId", u.name, u.email from membership m join "user" u on u.id = m.user_id order by u.name`, [], 'all');
}

/** An owner must be a member of this company: a 400 naming the field otherwise. */
export async function requireMember(em: EntityManager, userId: string, field: string): Promise<void> {
  const [member] = await em.execute<{ id: string }[]>(`select id from membership where user_id = ?`, [userId], 'all');
  if (!member) throw new HttpError(400, 'invalid_request', 'That person is not a member of this company.', { [field]: 'Not a member of this company.' });
}
