import { Invitation, withTenant, type EntityManager } from '@atrium/db';
import type { ApiDependencies } from '../deps';

/** Members with their names and emails from the (global) accounts table; RLS scopes the membership rows. */
export async function listMembers(deps: ApiDependencies, companyId: string, userId: string) {
  return withTenant(deps.orm, { companyId, userId }, (em) => membersOf(em, companyId));
}

export async function membersOf(em: EntityManager, companyId: string) {
  const rows = await em.getConnection().execute<
    { id: string; user_id: string; name: string; email: string; role: string; module_roles: Record<string, string>; created_at: Date }[]
  >(
    `select m.id, m.user_id, u.name, u.email, m.role, m.module_roles, m.created_at
       from membership m join "user" u on u.id = m.user_id
      where m.company_id = ?
      order by case m.role when 'owner' then 0 when 'admin' then 1 when 'billing' then 2 else 3 end, u.name`,
    [companyId],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((row) => ({
    id: row.id,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    role: row.role,
    moduleRoles: row.module_roles,
    joinedAt: new Date(row.created_at).toISOString(),
  }));
}

export async function listInvitations(deps: ApiDependencies, companyId: string, userId: string) {
  return withTenant(deps.orm, { companyId, userId }, async (em) => {
    const invitations = await em.find(
      Invitation,
      { company: companyId, acceptedAt: null, revokedAt: null },
      { orderBy: { createdAt: 'desc' } },
    );
    return invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      moduleRoles: invitation.moduleRoles,
      expiresAt: invitation.expiresAt.toISOString(),
      expired: invitation.expiresAt <= new Date(),
      invitedBy: invitation.invitedBy,
      createdAt: invitation.createdAt.toISOString(),
    }));
  });
}
