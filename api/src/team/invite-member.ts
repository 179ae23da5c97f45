import type { AtriumAbility, CompanyRole, InviteMemberRequest } from '@atrium/core';
import { Company, Invitation, lockCompany, UniqueConstraintViolationException, withTenant } from '@atrium/db';
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/record-audit';
import { changeSubscriptionNow } from '../billing/change-subscription';
import type { ApiDependencies } from '../deps';
import type { Person } from '../http/guards';
import { HttpError } from '../http/http-error';
import { completeOnboardingStep } from '../onboarding/complete-onboarding-step';
import { sendInvitationMail } from './invitation-mail';
import { invitationExpiry, newInvitationToken } from './invitation-token';
import { assertWithinRoleCeiling } from './change-member';
import { assertSeatAvailable } from './seats';

/**
 * An invitation in a seat paid for. When every seat is taken and the person asked for it
 * (`addSeat`, after seeing the prorated preview), the seat is bought first through the
 * subscription workflow, then the invitation is written; the plan's seat limit stays hard.
 */
export async function inviteMember(deps: ApiDependencies, companyId: string, actor: Person & { role: CompanyRole }, ability: AtriumAbility, input: InviteMemberRequest) {
  // Before any seat is bought for it: nobody invites above their own role.
  assertWithinRoleCeiling(actor.role, input.role);
  try {
    return await writeInvitation(deps, companyId, actor, input);
  } catch (error) {
    if (!(error instanceof HttpError) || error.code !== 'seat_purchase_required' || !input.addSeat) throw error;
    if (!ability.can('update', 'Billing')) {
      throw new HttpError(403, 'seat_purchase_forbidden', 'Every seat your company pays for is taken. Ask an owner or billing manager to add a seat, then invite again.');
    }
    await changeSubscriptionNow(deps, companyId, actor, { change: { kind: 'seats', to: Number(error.details?.seatsNeeded) } });
    return writeInvitation(deps, companyId, actor, input);
  }
}

/** The invitation within the seats paid for; the mail goes out once it is committed. */
async function writeInvitation(deps: ApiDependencies, companyId: string, actor: Person, input: InviteMemberRequest) {
  const { token, tokenHash } = newInvitationToken();
  const alreadyInvited = () => new HttpError(409, 'already_invited', `${input.email} already has a pending invitation. Resend it instead of inviting again.`);
  const { invitation, companyName } = await withTenant(deps.orm, { companyId, userId: actor.id }, async (em) => {
    // Invitations queue on the company's row, so the seat count below holds until commit.
    await lockCompany(em, companyId);
    const company = await em.findOneOrFail(Company, companyId);
    const existingMember = await em.getConnection().execute<{ n: number }[]>(
      'select count(*)::int as n from membership m join "user" u on u.id = m.user_id where m.company_id = ? and u.email = ?',
      [companyId, input.email],
      'all',
      em.getTransactionContext(),
    );
    if (existingMember[0]!.n > 0) {
      throw new HttpError(409, 'already_member', `${input.email} is already a member of ${company.name}.`);
    }
    const pending = await em.findOne(Invitation, { company: companyId, email: input.email, acceptedAt: null, revokedAt: null });
    if (pending && pending.expiresAt > new Date()) throw alreadyInvited();
    if (pending) {
      // An expired link makes way for the new one (one pending invitation per address, by index).
      pending.revokedAt = new Date();
      await em.flush();
    }
    await assertSeatAvailable(em, companyId);
    const invitation = em.create(Invitation, {
      id: randomUUID(),
      company: companyId,
      email: input.email,
      role: input.role,
      moduleRoles: input.moduleRoles,
      tokenHash,
      invitedBy: actor.id,
      expiresAt: invitationExpiry(),
    });
    recordAudit(em, { companyId, actor, category: 'team', action: 'invitation.sent', target: input.email, details: { role: input.role, moduleRoles: input.moduleRoles } });
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw alreadyInvited();
      throw error;
    }
    return { invitation, companyName: company.name };
  });
  await sendInvitationMail(deps.mailer, { email: input.email, role: input.role, token, companyName, inviterName: actor.name, publicUrl: deps.config.publicUrl });
  await completeOnboardingStep(deps, companyId, 'invite_team');
  return invitation;
}

