import { moduleRecord, type Entitlements } from '@atrium/core';
import { ModuleSetting, type EntityManager } from '@atrium/db';
import type { Context } from 'koa';
import { HttpError } from '../../http/http-error';
import { accessibleWhere } from '../../permissions/query-filter';

/** The person and company of a CRM request, as the verbs need them. */
export interface CrmActor {
  companyId: string;
  userId: string;
  entitlements: Entitlements;
  /** May change this record (managers: any; editors: their own). */
  canEdit(ownerId: string | null): boolean;
  canDelete(ownerId: string | null): boolean;
  manages: boolean;
  /** The CASL read rules as a `where`, null when nothing may be read. */
  readable: Record<string, unknown> | null;
}

export function crmActor(ctx: Context): CrmActor {
  const { ability } = ctx.state;
  return {
    companyId: ctx.state.membership.companyId,
    userId: ctx.state.person.id,
    entitlements: ctx.state.entitlements,
    canEdit: (ownerId) => ability.can('update', moduleRecord('crm', ownerId)),
    canDelete: (ownerId) => ability.can('delete', moduleRecord('crm', ownerId)),
    manages: ability.can('manage', 'crm'),
    readable: accessibleWhere(ability, 'read', 'crm'),
  };
}

export function requireEdit(actor: CrmActor, ownerId: string | null, what: string): void {
  if (!actor.canEdit(ownerId)) throw new HttpError(403, 'forbidden', `Your CRM role lets you change only ${what} you own. Ask a CRM manager.`);
}

/** Who a new record belongs to: the person, or someone else only when a manager says so. */
export async function ownerFor(em: EntityManager, actor: CrmActor, ownerId: string | null | undefined): Promise<string> {
  if (!ownerId || ownerId === actor.userId) return actor.userId;
  if (!actor.manages) throw new HttpError(403, 'forbidden', 'Only a CRM manager gives records to someone else.');
  await requireMember(em, ownerId, 'ownerId');
  return ownerId;
}

export async function requireMember(em: EntityManager, userId: string, field: string): Promise<void> {
  const [member] = await em.execute<{ id: string }[]>(`select id from membership where user_id = ?`, [userId], 'all');
  if (!member) throw new HttpError(400, 'invalid_request', 'That person is not a member of this company.', { [field]: 'Not a member of this company.' });
}

export interface Stage {
  id: string;
  name: string;
  position: number;
  probability: number;
}

export async function pipelineStages(em: EntityManager): Promise<Stage[]> {
  const settings = await em.find(ModuleSetting, { module: 'crm', kind: 'pipeline_stage' }, { orderBy: { position: 'asc' } });
  return settings.map((setting) => ({ id: setting.id, name: setting.name, position: setting.position, probability: Number(setting.data.probability ?? 0) }));
}
