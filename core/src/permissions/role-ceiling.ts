import type { CompanyRole } from '../company/roles';

/**
 * The roles a person may hand out, by their own role. Nobody grants above themselves:
 * owners grant every role (ownership itself only by a transfer), admins grant admin and
 * member but not billing manager (money is not theirs to delegate), billing managers and
 * members manage nobody.
 */
export const grantableRoles: Record<CompanyRole, readonly CompanyRole[]> = {
  owner: ['owner', 'admin', 'billing', 'member'],
  admin: ['admin', 'member'],
  billing: [],
  member: [],
};

const roleNames: Record<CompanyRole, string> = { owner: 'an owner', admin: 'an admin', billing: 'a billing manager', member: 'a member' };

export type RoleGrantRefusal = { error: 'role_above_yours' | 'own_role'; message: string };

export interface RoleGrant {
  /** The role of the person granting. */
  actorRole: CompanyRole;
  /** The role to hand out. */
  role: CompanyRole;
  /** For a change: the person's current role, and whether they are the actor themself. */
  current?: { role: CompanyRole; isActor: boolean };
}

/** Null when the grant is within the actor's ceiling; otherwise a refusal that says whom to ask. */
export function refuseRoleGrant({ actorRole, role, current }: RoleGrant): RoleGrantRefusal | null {
  if (actorRole === 'owner') return null;
  const allowed = grantableRoles[actorRole];
  if (current?.isActor) {
    return { error: 'own_role', message: 'You cannot change your own role. Ask an owner of this company to change it.' };
  }
  if (!allowed.includes(role)) {
    const youCan = allowed.length ? ` As ${roleNames[actorRole]} you can make people ${allowed.map((r) => r === 'admin' ? 'admins' : `${r}s`).join(' or ')}.` : '';
    return { error: 'role_above_yours', message: `Only an owner can make someone ${roleNames[role]}.${youCan}` };
  }
  if (current && !allowed.includes(current.role)) {
    return { error: 'role_above_yours', message: `Only an owner can change the role of ${roleNames[current.role]}.` };
  }
  return null;
}
