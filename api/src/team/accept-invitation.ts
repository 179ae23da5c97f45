import { Invitation, Membership, withTenant, type InvitationEntity } from '@atrium/db';
import { fromNodeHeaders } from 'better-auth/node';
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { AcceptInvitationRequest } from '@atrium/core';
import { recordAudit } from '../audit/record-audit';
import { authFailure } from '../auth/auth-errors';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';
import { hashInvitationToken } from './invitation-token';

/**
 * The invitation a link's token belongs to. The token does not say which company it is
 * for, so this one lookup runs in a named system context, by the token's hash only.
 */
export async function findInvitationByToken(deps: ApiDependencies, token: string) {
  const found = await withTenant(deps.orm, { system: 'team: find invitation by token hash' }, (em) =>
    em.findOne(Invitation, { tokenHash: hashInvitationToken(token) }, { populate: ['company'] }),
  );
  if (!found) throw new HttpError(404, 'invitation_not_found', 'This invitation link is not valid. Ask for a new invitation.');
  if (found.acceptedAt) throw new HttpError(410, 'invitation_used', 'This invitation has already been used. Sign in to reach the company.');
  if (found.revokedAt) throw new HttpError(410, 'invitation_revoked', 'This invitation was withdrawn. Ask the company for a new one.');
  if (found.expiresAt <= new Date()) throw new HttpError(410, 'invitation_expired', 'This invitation has expired. Ask the company to resend it.');
  return found;
}

export async function previewInvitation(deps: ApiDependencies, token: string) {
  const invitation = await findInvitationByToken(deps, token);
  const account = await deps.authPool.query('select 1 from "user" where email = $1', [invitation.email]);
  const inviter = await deps.authPool.query<{ name: string }>('select name from "user" where id = $1', [invitation.invitedBy]);
  return {
    companyName: invitation.company.name,
    email: invitation.email,
    role: invitation.role,
    invitedBy: inviter.rows[0]?.name ?? 'A colleague',
    accountExists: (account.rowCount ?? 0) > 0,
  };
}

/**
 * Joins the invited person to the company: as the signed-in person when their email
 * matches, or as a new account made from `name` and `password`. The invitation is marked
 * used in the same transaction that adds the membership, so a token works exactly once.
 */
export async function acceptInvitation(deps: ApiDependencies, input: AcceptInvitationRequest, requestHeaders: IncomingHttpHeaders) {
  const invitation = await findInvitationByToken(deps, input.token);
  const session = await deps.auth.api.getSession({ headers: fromNodeHeaders(requestHeaders) });
  let person: { id: string; email: string; name: string };
  let headers: Headers | undefined;

  if (session) {
    if (session.user.email !== invitation.email) {
      throw new HttpError(409, 'signed_in_as_someone_else', `This invitation is for ${invitation.email}, but you are signed in as ${session.user.email}. Sign out and open the link again.`);
    }
    person = session.user;
  } else {
    const account = await deps.authPool.query('select 1 from "user" where email = $1', [invitation.email]);
    if (account.rowCount) {
      throw new HttpError(409, 'sign_in_to_accept', `${invitation.email} already has an Atrium account. Sign in, then open the invitation link again.`);
    }
    if (!input.name || !input.password) {
      throw new HttpError(400, 'invalid_request', 'Choose your name and a password to create your account.', {
        ...(input.name ? {} : { name: 'Tell us your name.' }),
        ...(input.password ? {} : { password: 'Choose a password of at least 10 characters.' }),
      });
    }
    const created = await deps.auth.api
      .signUpEmail({ body: { email: invitation.email, password: input.password, name: input.name }, returnHeaders: true })
      .catch((error) => {
        throw authFailure(error);
      });
    person = created.response.user;
    headers = created.headers;
    // The link reached their inbox: that proves the address.
    await deps.authPool.query('update "user" set "emailVerified" = true where id = $1', [person.id]);
  }

  try {
    await join(deps, invitation, person);
  } catch (error) {
    if (headers) await deps.authPool.query('delete from "user" where id = $1', [person.id]);
    throw error;
  }
  return { company: { id: invitation.company.id, name: invitation.company.name }, user: { id: person.id, email: person.email, name: person.name }, headers };
}

async function join(deps: ApiDependencies, invitation: InvitationEntity, person: { id: string; email: string; name: string }) {
  const companyId = invitation.company.id;
  await withTenant(deps.orm, { companyId, userId: person.id }, async (em) => {
    const claimed = await em.nativeUpdate(Invitation, { id: invitation.id, acceptedAt: null, revokedAt: null }, { acceptedAt: new Date() });
    if (claimed === 0) throw new HttpError(410, 'invitation_used', 'This invitation has already been used. Sign in to reach the company.');
    const already = await em.findOne(Membership, { company: companyId, userId: person.id });
    if (!already) {
      em.create(Membership, { id: randomUUID(), company: companyId, userId: person.id, role: invitation.role, moduleRoles: invitation.moduleRoles });
    }
    recordAudit(em, { companyId, actor: person, category: 'team', action: 'invitation.accepted', target: person.email, details: { role: invitation.role } });
    await em.flush();
  });
}
