import { fail, redirect } from '@sveltejs/kit';
import { moduleKeys, moduleRoles, type ApiError, type InviteMemberRequest, type ModuleRole, type Money } from '@atrium/core';
import { answer, type Answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import { emptyForm, failWith, invalid, readForm, refuse, saved } from '#lib/server/form-action';
import { abilityFor } from '#lib/permissions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import type { TeamNotice } from './team-notice';
import { invitationFromForm, inviteForm } from './invite-form';

export const load: PageServerLoad = async (event) => {
  const inviteStart = emptyForm(inviteForm, { role: 'member' });
  const { company } = await event.parent();
  const ability = abilityFor(company.rules);
  const { api } = event.locals;
  const path = { companyId: company.id };
  const [members, invitations] = await Promise.all([
    answer(api.GET('/api/companies/{companyId}/members', { params: { path } })),
    // Only asked for when the person may see invitations: the API would refuse it anyway.
    ability.can('read', 'Invitation') ? answer(api.GET('/api/companies/{companyId}/invitations', { params: { path } })) : null,
  ]);

  return {
    inviteForm: await inviteStart,
    members: members.ok ? members.data.members : null,
    membersProblem: members.ok ? null : members.problem,
    invitations: invitations?.ok ? invitations.data.invitations : null,
    invitationsProblem: invitations && !invitations.ok ? invitations.problem : null,
  };
};

/** What adding the seat an invitation needs would cost now, for those who may buy it. */
export interface SeatPurchaseOffer {
  message: string;
  seatsNeeded: number;
  /** Null when the person may not buy seats (then the message says whom to ask). */
  chargeNow: Money | null;
}

async function seatPurchaseOffer(event: RequestEvent, problem: ApiError): Promise<SeatPurchaseOffer> {
  const seatsNeeded = Number(problem.details?.seatsNeeded);
  const preview = await answer(
    event.locals.api.POST('/api/companies/{companyId}/billing/preview', {
      params: { path: { companyId: event.params.company } },
      body: { change: { kind: 'seats', to: seatsNeeded } },
    }),
  );
  // Billing is for owners and billing managers; an admin is told whom to ask.
  if (!preview.ok && preview.status === 403) {
    return { message: `${problem.message} Ask an owner or billing manager to add a seat.`, seatsNeeded, chargeNow: null };
  }
  if (!preview.ok) return { message: preview.problem.message, seatsNeeded, chargeNow: null };
  return { message: problem.message, seatsNeeded, chargeNow: preview.data.outcome === 'applied' ? preview.data.chargeNow : null };
}

export const actions: Actions = {
  invite: async (event) => {
    const form = await readForm(event, inviteForm);
    if (!form.valid) return invalid(form);
    const invitation = invitationFromForm(form.data);
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/invitations', {
        params: { path: { companyId: event.params.company } },
        body: invitation,
      }),
    );
    if (!result.ok && result.problem.error === 'seat_purchase_required') {
      // Every seat paid for is taken: the same form, as it was filled in, asks to add one,
      // with what it costs now.
      return failWith(form, 402, { seatPurchase: await seatPurchaseOffer(event, result.problem) });
    }
    if (!result.ok) return refuse(form, result.problem, result.status);
    return saved(form, `Invitation sent to ${invitation.email}.`);
  },

  updateMember: async (event) => {
    const form = await event.request.formData();
    const memberId = textField(form, 'memberId');
    const role = textField(form, 'role');
    // Every module is sent, "No access" included: the API merges module roles, so a module
    // left out would keep its old role.
    // An owner's role is only changed by handing over ownership, so "owner" is never sent.
    const body = { ...(role && role !== 'owner' ? { role: role as InviteMemberRequest['role'] } : {}), moduleRoles: moduleRolesFrom(form) };
    const result = await answer(
      event.locals.api.PATCH('/api/companies/{companyId}/members/{memberId}', { params: { path: { companyId: event.params.company, memberId } }, body }),
    );
    return outcome(result, { scope: 'member', id: memberId, message: 'Roles saved.' });
  },

  removeMember: async (event) => {
    const form = await event.request.formData();
    const memberId = textField(form, 'memberId');
    const name = textField(form, 'name') || 'The member';
    const result = await answer(
      event.locals.api.DELETE('/api/companies/{companyId}/members/{memberId}', { params: { path: { companyId: event.params.company, memberId } } }),
    );
    return outcome(result, { scope: 'team', message: `${name} no longer has access to this company.` });
  },

  transferOwnership: async (event) => {
    const form = await event.request.formData();
    const memberId = textField(form, 'memberId');
    const name = textField(form, 'name') || 'They';
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/ownership', { params: { path: { companyId: event.params.company } }, body: { memberId } }),
    );
    return outcome(result, { scope: 'team', message: `${name} is now an owner of this company.` });
  },

  leave: async (event) => {
    const result = await answer(event.locals.api.POST('/api/companies/{companyId}/leave', { params: { path: { companyId: event.params.company } } }));
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
  const path = { companyId: event.params.company, invitationId };
  const result =
    change === 'resend'
      ? await answer(event.locals.api.POST('/api/companies/{companyId}/invitations/{invitationId}/resend', { params: { path } }))
      : await answer(event.locals.api.DELETE('/api/companies/{companyId}/invitations/{invitationId}', { params: { path } }));
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

function outcome(result: Answer<unknown>, success: Omit<TeamNotice, 'tone'>) {
  if (!result.ok) return fail(failureStatus(result), { notice: { ...success, tone: 'error', message: result.problem.message } as TeamNotice });
  return { notice: { ...success, tone: 'success' } as TeamNotice };
}

function notice(scope: TeamNotice['scope'], problem: ApiError): TeamNotice {
  return { scope, tone: 'error', message: problem.message };
}

function failureStatus(result: { status: number }): number {
  return result.status >= 400 ? result.status : 500;
}
