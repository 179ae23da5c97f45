import { Company, Invitation, withTenant, type EntityManager } from '@atrium/db';
import { recordAudit } from '../audit/record-audit';
import type { ApiDependencies } from '../deps';
import type { Person } from '../http/guards';
import { HttpError } from '../http/http-error';
import { sendInvitationMail } from './invitation-mail';
import { invitationExpiry, newInvitationToken } from './invitation-token';

async function openInvitation(em: EntityManager, companyId: string, invitationId: string) {
  const invitation = await em.findOne(Invitation, { id: invitationId, company: companyId });
  if (!invitation) throw new HttpError(404, 'invitation_not_found', 'There is no such invitation in this company.');
  if (invitation.acceptedAt) throw new HttpError(409, 'invitation_used', 'This invitation has already been accepted.');
  if (invitation.revokedAt) throw new HttpError(409, 'invitation_revoked', 'This invitation was revoked; send a new one.');
  return invitation;
}

/** A fresh link and seven more days; the old link stops working. */
export async function resendInvitation(deps: ApiDependencies, companyId: string, actor: Person, invitationId: string) {
  const { token, tokenHash } = newInvitationToken();
  const { invitation, companyName } = await withTenant(deps.orm, { companyId, userId: actor.id }, async (em) => {
    const invitation = await openInvitation(em, companyId, invitationId);
    invitation.tokenHash = tokenHash;
    invitation.expiresAt = invitationExpiry();
    const company = await em.findOneOrFail(Company, companyId);
    recordAudit(em, { companyId, actor, category: 'team', action: 'invitation.resent', target: invitation.email });
    await em.flush();
    return { invitation, companyName: company.name };
  });
  await sendInvitationMail(deps.mailer, { email: invitation.email, role: invitation.role, token, companyName, inviterName: actor.name, publicUrl: deps.config.publicUrl });
  return invitation;
}

export async function revokeInvitation(deps: ApiDependencies, companyId: string, actor: Person, invitationId: string) {
  await withTenant(deps.orm, { companyId, userId: actor.id }, async (em) => {
    const invitation = await openInvitation(em, companyId, invitationId);
    invitation.revokedAt = new Date();
    recordAudit(em, { companyId, actor, category: 'team', action: 'invitation.revoked', target: invitation.email });
    await em.flush();
  });
}
