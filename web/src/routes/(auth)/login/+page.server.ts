import { fail, redirect } from '@sveltejs/kit';
import type { UserView } from '@atrium/core';
import { applySetCookies, callApi, cookieHeaderAfter } from '#lib/server/api';
import { safeRedirectTarget } from '#lib/server/redirect-target';
import { homePath, signedInPerson } from '#lib/server/session';
import type { FormProblem, Me } from '#lib/types';
import type { Actions, PageServerLoad } from './$types';

type LoginField = 'email' | 'password';

export const load: PageServerLoad = async (event) => {
  const me = await signedInPerson(event);
  if (me) redirect(303, safeRedirectTarget(event.url.searchParams.get('redirectTo')) ?? homePath(me));
  return {
    signedOut: event.url.searchParams.has('signedOut'),
    passwordReset: event.url.searchParams.has('passwordReset'),
    // Sent here by an invitation link: say why, so the person knows they will join after.
    forInvitation: safeRedirectTarget(event.url.searchParams.get('redirectTo'))?.startsWith('/invite/') ?? false,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const email = typeof form.get('email') === 'string' ? String(form.get('email')) : '';
    const password = typeof form.get('password') === 'string' ? String(form.get('password')) : '';
    const values = { email };

    const login = await callApi<{ user: UserView }>(event, '/api/login', {
      method: 'POST',
      json: { email, password },
    });
    applySetCookies(event.cookies, login.setCookies);

    if (!login.ok) {
      return fail(login.status >= 400 ? login.status : 500, {
        message: login.problem.message,
        fields: (login.problem.fields ?? {}) as FormProblem<LoginField>['fields'],
        values,
      } satisfies FormProblem<LoginField>);
    }

    const wanted = safeRedirectTarget(event.url.searchParams.get('redirectTo'));
    if (wanted) redirect(303, wanted);

    // The browser has not stored the new session cookie yet, so ask with it explicitly.
    const cookie = cookieHeaderAfter(event.request.headers.get('cookie'), login.setCookies);
    const me = await callApi<Me>(event, '/api/me', { cookie });
    redirect(303, me.ok ? homePath(me.data) : '/');
  },
};
