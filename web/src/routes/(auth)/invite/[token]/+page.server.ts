import { fail, redirect } from '@sveltejs/kit';
import { passwordRules } from '@atrium/core';
import { applySetCookies, callApi } from '#lib/server/api';
import { textField } from '#lib/server/form-data';
import { signedInPerson } from '#lib/server/session';
import type { FormProblem, InvitationPreview } from '#lib/types';
import type { Actions, PageServerLoad } from './$types';

/** Public: the link in the invitation mail. Says what it is for before anything happens. */
export const load: PageServerLoad = async (event) => {
  const token = event.params.token;
  const [preview, me] = await Promise.all([
    callApi<InvitationPreview>(event, `/api/invitations/${encodeURIComponent(token)}`),
    signedInPerson(event),
  ]);
  applySetCookies(event.cookies, preview.setCookies);
  return {
    invitation: preview.ok ? preview.data : null,
    // 404 (unknown link) and 410 (expired, used, withdrawn) are answers to show, not errors.
    problem: preview.ok ? null : { status: preview.status, code: preview.problem.error, message: preview.problem.message },
    signedInAs: me?.user.email ?? null,
    passwordMinLength: passwordRules.minLength,
    // Back from signing in to accept: the page accepts by itself (see +page.svelte).
    acceptOnArrival: event.url.searchParams.has('accept'),
  };
};

type AcceptField = 'name' | 'password';

export const actions: Actions = {
  default: async (event) => {
    const token = event.params.token;
    const form = await event.request.formData();
    const name = textField(form, 'name').trim();
    const password = textField(form, 'password');
    const result = await callApi<{ company: { id: string; name: string } }>(event, '/api/invitations/accept', {
      method: 'POST',
      json: { token, ...(name ? { name } : {}), ...(password ? { password } : {}) },
    });
    // A new account comes with its session cookie.
    applySetCookies(event.cookies, result.setCookies);

    if (result.ok) redirect(303, `/${result.data.company.id}`);
    if (result.problem.error === 'sign_in_to_accept') {
      redirect(303, `/login?redirectTo=${encodeURIComponent(`/invite/${token}?accept`)}`);
    }
    return fail(result.status >= 400 ? result.status : 500, {
      code: result.problem.error,
      message: result.problem.message,
      fields: (result.problem.fields ?? {}) as FormProblem<AcceptField>['fields'],
      values: { name },
    });
  },
};
