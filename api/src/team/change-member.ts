import { memberRecord, refuseRoleGrant, type AtriumAbility, type CompanyRole, type UpdateMemberRequest } from '@atrium/core';
import { lockCompany, Membership, withTenant, type EntityManager, type MembershipEntity } from '@atrium/db';
import { recordAudit } from '../audit/record-audit';
import type { ApiDependencies } from '../deps';
import type { Person } from '../http/guards';
import { HttpError } from '../http/http-error';

/** The actor's own membership, read again under the company lock: it may have changed since the request began. */
async function ownMembership(em: EntityManager, companyId: string, actor: Person): Promise<MembershipEntity> {
  const member = await em.findOne(Membership, { company: companyId, userId: actor.id });
  if (!member) throw new HttpError(404, 'member_not_found', 'You are no longer a member of this company.');
  return member;
}

export async function findMember(em: EntityManager, companyId: string, memberId: string): Promise<MembershipEntity> {
  const member = await em.findOne(Membership, { id: memberId, company: companyId });
  if (!member) throw new HttpError(404, 'member_not_found', 'There is no such member in this company.');
  return member;
}

/**
 * The last owner keeps the company in someone's hands: never removed, never demoted. The
 * count holds only under the company lock (`lockCompany`), which every caller takes first.
 */
export async function assertNotLastOwner(em: EntityManager, companyId: string, member: MembershipEntity, what: string): Promise<void> {
  if (member.role !== 'owner') return;
  const owners = await em.count(Membership, { company: companyId, role: 'owner' });
  if (owners <= 1) {
    throw new HttpError(409, 'last_owner', `The company's only owner cannot be ${what}. Transfer ownership to another member first.`);
  }
}

/** Nobody hands out a role above their own (see `refuseRoleGrant` in core). */
export function assertWithinRoleCeiling(actorRole: CompanyRole, role: CompanyRole, current?: { role: CompanyRole; isActor: boolean }): void {
  const refusal = refuseRoleGrant({ actorRole, role, current });
  if (refusal) throw new HttpError(403, refusal.error, refusal.message);
}

export async function changeMember(deps: ApiDependencies, companyId: string, actor: Person, ability: AtriumAbility, memberId: string, changes: UpdateMemberRequest) {
  return withTenant(deps.orm, { companyId, userId: actor.id }, async (em) => {
    await lockCompany(em, companyId);
    const member = await findMember(em, companyId, memberId);
    if (!ability.can('update', memberRecord(member.role))) {
      throw new HttpError(403, 'forbidden', "Only an owner can change another owner's role.");
    }
    if (changes.role && changes.role !== member.role) {
      const actorRole = (await ownMembership(em, companyId, actor)).role;
      assertWithinRoleCeiling(actorRole, changes.role, { role: member.role, isActor: member.userId === actor.id });
      await assertNotLastOwner(em, companyId, member, 'demoted');
    }
    const before = { role: member.role, moduleRoles: member.moduleRoles };
    em.assign(member, {
      ...(changes.role ? { role: changes.role } : {}),
      ...(changes.moduleRoles ? { moduleRoles: { ...member.moduleRoles, ...changes.moduleRoles } } : {}),
    });
    recordAudit(em, { companyId, actor, category: 'team', action: 'member.role_changed', target: member.userId, details: { before, after: { role: member.role, moduleRoles: member.moduleRoles } } });
    await em.flush();
    return member;
  });
}

/** Their access ends at once: every request checks the membership, whatever the session. */
export async function removeMember(deps: ApiDependencies, companyId: string, actor: Person, ability: AtriumAbility, memberId: string) {
  await withTenant(deps.orm, { companyId, userId: actor.id }, async (em) => {
    await lockCompany(em, companyId);
    const member = await findMember(em, companyId, memberId);
    if (!ability.can('delete', memberRecord(member.role))) {
      throw new HttpError(403, 'forbidden', 'Only an owner can remove another owner.');
    }
    await assertNotLastOwner(em, companyId, member, 'removed');
    recordAudit(em, { companyId, actor, category: 'team', action: 'member.removed', target: member.userId, details: { role: member.role } });
    em.remove(member);
    await em.flush();
  });
}

export async function leaveCompany(deps: ApiDependencies, companyId: string, actor: Person) {
  await withTenant(deps.orm, { companyId, userId: actor.id }, async (em) => {
    await lockCompany(em, companyId);
    const member = await ownMembership(em, companyId, actor);
    await assertNotLastOwner(em, companyId, member, 'leaving');
    recordAudit(em, { companyId, actor, category: 'team', action: 'member.left', target: actor.email });
    em.remove(member);
    await em.flush();
  });
}

/** Hands ownership to another member; the previous owner stays on as an admin. */
export async function transferOwnership(deps: ApiDependencies, companyId: string, actor: Person, memberId: string) {
  await withTenant(deps.orm, { companyId, userId: actor.id }, async (em) => {
    await lockCompany(em, companyId);
    const next = await findMember(em, companyId, memberId);
    const current = await ownMembership(em, companyId, actor);
    // Checked again under the lock: a transfer a moment ago may have made the actor an admin.
    if (current.role !== 'owner') throw new HttpError(403, 'forbidden', 'Only an owner can hand over ownership, and you are no longer one.');
    if (next.id === current.id) throw new HttpError(409, 'already_owner', 'You already own this company.');
    next.role = 'owner';
    current.role = 'admin';
    recordAudit(em, { companyId, actor, category: 'team', action: 'ownership.transferred', target: next.userId });
    await em.flush();
  });
}
