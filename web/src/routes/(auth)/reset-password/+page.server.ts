import { fail, redirect } from '@sveltejs/kit';
import { passwordRules, signupRequest } from '@atrium/core';
import { callApi } from '#lib/server/api';
import { textField } from '#lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

/** Reached from the link in the reset mail, which better-auth redirects here with ?token=… */
export const load: PageServerLoad = ({ url }) => ({
  token: url.searchParams.get('token') ?? '',
  linkBroken: url.searchParams.get('error') === 'INVALID_TOKEN' || !url.searchParams.get('token'),
  passwordMinLength: passwordRules.minLength,
});

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const token = textField(form, 'token');
    const newPassword = textField(form, 'password');
    // The same rules as at signup, so a reset cannot choose a password signup would refuse.
    const rules = signupRequest.shape.password.safeParse(newPassword);
    if (!rules.success) return fail(400, { field: 'password' as const, message: rules.error.issues[0]!.message });
    if (newPassword !== textField(form, 'confirmPassword')) {
      return fail(400, { field: 'confirmPassword' as const, message: 'The two passwords are not the same.' });
    }

    const result = await callApi(event, '/api/auth/reset-password', { method: 'POST', json: { token, newPassword } });
    if (!result.ok) {
      const expired = result.status === 400 && /token/i.test(result.problem.message);
      return fail(result.status >= 400 ? result.status : 500, {
        field: null,
        linkBroken: expired,
        message: expired ? 'This reset link has expired or was already used. Ask for a new one.' : result.problem.message,
      });
    }
    // Every session was signed out by the reset (revokeSessionsOnPasswordReset): log in afresh.
    redirect(303, '/login?passwordReset');
  },
};
