import { fail, redirect } from '@sveltejs/kit';
import { passwordRules, signupRequest } from '@atrium/core';
import { applySetCookies, callApi } from '#lib/server/api';
import { textField } from '#lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';
import { listSessions, toDeviceSession } from './sessions';

export const load: PageServerLoad = async (event) => {
  const listed = await listSessions(event);
  if (listed.ok) applySetCookies(event.cookies, listed.setCookies);
  return {
    sessions: listed.ok ? listed.sessions.map(toDeviceSession) : null,
    // better-auth lists sessions only for a sign-in younger than a day (SESSION_NOT_FRESH).
    sessionsProblem: listed.ok
      ? null
      : listed.status === 403
        ? 'For your security, the list of devices needs a recent sign-in. Log out and in again to see it.'
        : listed.problem.message,
    passwordMinLength: passwordRules.minLength,
    passwordChanged: event.url.searchParams.has('passwordChanged'),
    othersSignedOut: event.url.searchParams.has('othersSignedOut'),
  };
};

type PasswordField = 'currentPassword' | 'newPassword' | 'confirmPassword';

export const actions: Actions = {
  changePassword: async (event) => {
    const form = await event.request.formData();
    const currentPassword = textField(form, 'currentPassword');
    const newPassword = textField(form, 'newPassword');
    const revokeOtherSessions = form.get('revokeOtherSessions') === 'on';
    const refuse = (field: PasswordField | null, message: string, status = 400) =>
      fail(status, { part: 'password' as const, field, message });

    if (!currentPassword) return refuse('currentPassword', 'Enter your current password.');
    // The same rules as at signup, so a change cannot choose a password signup would refuse.
    const rules = signupRequest.shape.password.safeParse(newPassword);
    if (!rules.success) return refuse('newPassword', rules.error.issues[0]!.message);
    if (newPassword !== textField(form, 'confirmPassword')) return refuse('confirmPassword', 'The two new passwords are not the same.');

    const result = await callApi(event, '/api/auth/change-password', {
      method: 'POST',
      json: { currentPassword, newPassword, revokeOtherSessions },
    });
    // With revokeOtherSessions better-auth starts a new session for this device: keep its cookie.
    applySetCookies(event.cookies, result.setCookies);
    if (!result.ok) {
      return /invalid password/i.test(result.problem.message)
        ? refuse('currentPassword', 'That is not your current password.')
        : refuse(null, result.problem.message, result.status >= 400 ? result.status : 500);
    }
    // A redirect rather than a result: this request still carries the session cookie that
    // better-auth just replaced, so the page's loads must run on the browser's next request.
    redirect(303, `/account?passwordChanged${revokeOtherSessions ? '&othersSignedOut' : ''}`);
  },

  revokeSession: async (event) => {
    const form = await event.request.formData();
    const sessionId = textField(form, 'sessionId');
    // The page only knows session ids; the token better-auth wants is looked up here.
    const listed = await listSessions(event);
    if (!listed.ok) return fail(listed.status, { part: 'sessions' as const, tone: 'error' as const, message: listed.problem.message });
    const session = listed.sessions.find((candidate) => candidate.id === sessionId);
    if (!session) return { part: 'sessions' as const, tone: 'info' as const, message: 'That device was already signed out.' };

    const result = await callApi(event, '/api/auth/revoke-session', { method: 'POST', json: { token: session.token } });
    applySetCookies(event.cookies, result.setCookies);
    if (!result.ok) {
      return fail(result.status >= 400 ? result.status : 500, { part: 'sessions' as const, tone: 'error' as const, message: result.problem.message });
    }
    if (session.current) redirect(303, '/login?signedOut');
    return { part: 'sessions' as const, tone: 'success' as const, message: 'That device is signed out.' };
  },
};
