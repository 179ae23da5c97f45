import { fail, redirect } from '@sveltejs/kit';
import { passwordRules } from '@atrium/core';
import { applySetCookies, callApi } from '#lib/server/api';
import { textField } from '#lib/server/form-data';
import { signedInPerson } from '#lib/server/session';
import type { Actions, PageServerLoad } from './$types';

interface GuestInvitation {
  companyName: string;
  projectName: string;
  email: string;
  invitedBy: string;
  accountExists: boolean;
}

/** Public: the link in a client guest's invitation mail. Says which project it opens before anything happens. */
export const load: PageServerLoad = async (event) => {
  const token = event.params.token;
  const [preview, me] = await Promise.all([callApi<GuestInvitation>(event, `/api/project-guest-invitations/${encodeURIComponent(token)}`), signedInPerson(event)]);
  applySetCookies(event.cookies, preview.setCookies);
  return {
    invitation: preview.ok ? preview.data : null,
    problem: preview.ok ? null : { code: preview.problem.error, message: preview.problem.message },
    signedInAs: me?.user.email ?? null,
    passwordMinLength: passwordRules.minLength,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const token = event.params.token;
    const form = await event.request.formData();
    const name = textField(form, 'name').trim();
    const password = textField(form, 'password');
    const result = await callApi<{ projectId: string }>(event, '/api/project-guest-invitations/accept', {
      method: 'POST',
      json: { token, ...(name ? { name } : {}), ...(password ? { password } : {}) },
    });
    // A new account comes with its session cookie.
    applySetCookies(event.cookies, result.setCookies);
    if (result.ok) redirect(303, `/guest/${result.data.projectId}`);
    if (result.problem.error === 'sign_in_to_accept') redirect(303, `/login?redirectTo=${encodeURIComponent(`/guest-invite/${token}`)}`);
    return fail(result.status >= 400 ? result.status : 500, { message: result.problem.message, fields: result.problem.fields ?? {}, values: { name } });
  },
};
