import { fail, redirect } from '@sveltejs/kit';
import { moduleKeys, moduleRoles, type ApiError, type ModuleRole, type Money } from '@atrium/core';
import { applySetCookies, callApi, type ApiResult } from '#lib/server/api';
import { companyPath } from '#lib/server/company-path';
import { textField } from '#lib/server/form-data';
import { abilityFor } from '#lib/permissions';
import type { ModuleRoles, PendingInvitation, TeamMember } from '#lib/types';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import type { TeamNotice } from './team-notice';

export const load: PageServerLoad = async (event) => {
  const { company } = await event.parent();
  const ability = abilityFor(company.rules);
  const [members, invitations] = await Promise.all([
    callApi<{ members: TeamMember[] }>(event, companyPath(company.id, 'members')),
    // Only asked for when the person may see invitations: the API would refuse it anyway.
    ability.can('read', 'Invitation')
      ? callApi<{ invitations: PendingInvitation[] }>(event, companyPath(company.id, 'invitations'))
      : null,
  ]);
  applySetCookies(event.cookies, [...members.setCookies, ...(invitations?.setCookies ?? [])]);

  return {
    members: members.ok ? members.data.members : null,
    membersProblem: members.ok ? null : members.problem,
    invitations: invitations?.ok ? invitations.data.invitations : null,
    invitationsProblem: invitations && !invitations.ok ? invitations.problem : null,
  };
};

type InviteField = 'email' | 'role';

/** What adding the seat an invitation needs would cost now, for those who may buy it. */
export interface SeatPurchaseOffer {
  message: string;
  seatsNeeded: number;
  /** Null when the person may not buy seats (then the message says whom to ask). */
  chargeNow: Money | null;
}

async function seatPurchaseOffer(event: RequestEvent, problem: ApiError): Promise<SeatPurchaseOffer> {
  const seatsNeeded = Number(problem.details?.seatsNeeded);
  const preview = await callApi<{ outcome: string; chargeNow?: Money }>(event, companyPath(event.params.company, 'billing', 'preview'), {
    method: 'POST',
    json: { change: { kind: 'seats', to: seatsNeeded } },
  });
  // Billing is for owners and billing managers; an admin is told whom to ask.
  if (!preview.ok && preview.status === 403) {
    return { message: `${problem.message} Ask an owner or billing manager to add a seat.`, seatsNeeded, chargeNow: null };
  }
  if (!preview.ok) return { message: preview.problem.message, seatsNeeded, chargeNow: null };
  return { message: problem.message, seatsNeeded, chargeNow: preview.data.chargeNow ?? null };
}

export const actions: Actions = {
  invite: async (event) => {
    const form = await event.request.formData();
    const values = { email: textField(form, 'email').trim(), role: textField(form, 'role') };
    // Modules left at "No access" are not sent: an invitation only lists what it grants.
    const granted = Object.fromEntries(
      Object.entries(moduleRolesFrom(form)).filter(([, role]) => role !== 'none'),
    ) as ModuleRoles;
    const addSeat = textField(form, 'addSeat') === 'true';
    const result = await callApi(event, companyPath(event.params.company, 'invitations'), {
      method: 'POST',
      json: { ...values, moduleRoles: granted, addSeat },
    });
    if (!result.ok && result.problem.error === 'seat_purchase_required') {
      // Every seat paid for is taken: the same form asks to add one, with what it costs now.
      return fail(402, { notice: null, fields: {}, values, seatPurchase: await seatPurchaseOffer(event, result.problem) });
    }
    if (!result.ok) {
      return fail(failureStatus(result), {
        notice: notice('invite', result.problem),
        fields: (result.problem.fields ?? {}) as Partial<Record<InviteField, string>>,
        values,
      });
    }
    return { notice: { scope: 'invite', tone: 'success', message: `Invitation sent to ${values.email}.` } satisfies TeamNotice };
  },

  updateMember: async (event) => {
    const form = await event.request.formData();
    const memberId = textField(form, 'memberId');
    const role = textField(form, 'role');
    // Every module is sent, "No access" included: the API merges module roles, so a module
    // left out would keep its old role.
    // An owner's role is only changed by handing over ownership, so "owner" is never sent.
    const json = { ...(role && role !== 'owner' ? { role } : {}), moduleRoles: moduleRolesFrom(form) };
    const result = await callApi(event, companyPath(event.params.company, 'members', memberId), { method: 'PATCH', json });
    return outcome(result, { scope: 'member', id: memberId, message: 'Roles saved.' });
  },

  removeMember: async (event) => {
    const form = await event.request.formData();
    const memberId = textField(form, 'memberId');
    const name = textField(form, 'name') || 'The member';
    const result = await callApi(event, companyPath(event.params.company, 'members', memberId), { method: 'DELETE' });
    return outcome(result, { scope: 'team', message: `${name} no longer has access to this company.` });
  },

  transferOwnership: async (event) => {
    const form = await event.request.formData();
    const memberId = textField(form, 'memberId');
    const name = textField(form, 'name') || 'They';
    const result = await callApi(event, companyPath(event.params.company, 'ownership'), {
      method: 'POST',
      json: { memberId },
    });
    return outcome(result, { scope: 'team', message: `${name} is now an owner of this company.` });
  },

  leave: async (event) => {
    const result = await callApi(event, companyPath(event.params.company, 'leave'), { method: 'POST' });
    if (!result.ok) return fail(failureStatus(result), { notice: notice('team', result.problem) });
    // The company is no longer theirs to see: on to whichever company they have left.
    redirect(303, '/');
  },

  resendInvitation: async (event) => invitationChange(event, 'resend'),
  revokeInvitation: async (event) => invitationChange(event, 'revoke'),
};

async function invitationChange(event: RequestEvent, change: 'resend' | 'revoke') {
  const form = await event.request.formData();
  const invitationId = textField(form, 'invitationId');
  const email = textField(form, 'email') || 'them';
  const result =
    change === 'resend'
      ? await callApi(event, companyPath(event.params.company, 'invitations', invitationId, 'resend'), { method: 'POST' })
      : await callApi(event, companyPath(event.params.company, 'invitations', invitationId), { method: 'DELETE' });
  return outcome(result, {
    scope: 'invitation',
    id: invitationId,
    message: change === 'resend' ? `A fresh link is on its way to ${email}.` : `The invitation for ${email} no longer works.`,
  });
}

/** Reads the `module.<key>` selects of a form; anything unknown counts as no access. */
function moduleRolesFrom(form: FormData): Record<string, ModuleRole> {
  return Object.fromEntries(
    moduleKeys.map((module) => {
      const value = textField(form, `module.${module}`);
      return [module, (moduleRoles as readonly string[]).includes(value) ? (value as ModuleRole) : 'none'];
    }),
  );
}

function outcome(result: ApiResult<unknown>, success: Omit<TeamNotice, 'tone'>) {
  if (!result.ok) return fail(failureStatus(result), { notice: { ...success, tone: 'error', message: result.problem.message } as TeamNotice });
  return { notice: { ...success, tone: 'success' } as TeamNotice };
}

function notice(scope: TeamNotice['scope'], problem: ApiError): TeamNotice {
  return { scope, tone: 'error', message: problem.message };
}

function failureStatus(result: { status: number }): number {
  return result.status >= 400 ? result.status : 500;
}
