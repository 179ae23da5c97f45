import { redirect } from '@sveltejs/kit';
import { loginRequest, type UserView } from '@atrium/core';
import { applySetCookies, callApi, cookieHeaderAfter } from '#lib/server/api';
import { emptyForm, submitForm } from '#lib/server/form-action';
import { safeRedirectTarget } from '#lib/server/redirect-target';
import { homePath, signedInPerson } from '#lib/server/session';
import type { Me } from '#lib/types';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const me = await signedInPerson(event);
  if (me) redirect(303, safeRedirectTarget(event.url.searchParams.get('redirectTo')) ?? homePath(me));
  return {
    form: await emptyForm(loginRequest),
    signedOut: event.url.searchParams.has('signedOut'),
    passwordReset: event.url.searchParams.has('passwordReset'),
    // Sent here by an invitation link: say why, so the person knows they will join after.
    forInvitation: safeRedirectTarget(event.url.searchParams.get('redirectTo'))?.startsWith('/invite/') ?? false,
  };
};

export const actions: Actions = {
  default: async (event) => {
    let setCookies: string[] = [];
    const sent = await submitForm(event, loginRequest, async (body) => {
      const login = await callApi<{ user: UserView }>(event, '/api/login', { method: 'POST', json: body });
      applySetCookies(event.cookies, login.setCookies);
      setCookies = login.setCookies;
      return login;
    });
    if (!sent.ok) return sent.failure;

    const wanted = safeRedirectTarget(event.url.searchParams.get('redirectTo'));
    if (wanted) redirect(303, wanted);

    // The browser has not stored the new session cookie yet, so ask with it explicitly.
    const cookie = cookieHeaderAfter(event.request.headers.get('cookie'), setCookies);
    const me = await callApi<Me>(event, '/api/me', { cookie });
    redirect(303, me.ok ? homePath(me.data) : '/');
  },
};
