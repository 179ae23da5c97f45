import { redirect } from '@sveltejs/kit';
import { newPassword } from '@atrium/core';
import { z } from 'zod';
import { callApi } from '#lib/server/api';
import { emptyForm, refuse, submitForm } from '#lib/server/form-action';
import type { Actions, PageServerLoad } from './$types';

/** The same password rules as at signup, so a reset cannot choose a password signup would refuse. */
const newPasswordForm = z
  .object({ token: z.string(), password: newPassword, confirmPassword: z.string() })
  .refine((form) => form.password === form.confirmPassword, { error: 'The two passwords are not the same.', path: ['confirmPassword'] });

/** Reached from the link in the reset mail, which better-auth redirects here with ?token=… */
export const load: PageServerLoad = async ({ url }) => {
  const token = url.searchParams.get('token') ?? '';
  return {
    form: await emptyForm(newPasswordForm, { token, password: '', confirmPassword: '' }),
    linkBroken: url.searchParams.get('error') === 'INVALID_TOKEN' || !token,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const sent = await submitForm(event, newPasswordForm, ({ token, password }) =>
      callApi(event, '/api/auth/reset-password', { method: 'POST', json: { token, newPassword: password } }),
    );
    if (!sent.ok) {
      const { failure, form } = sent;
      const problem = failure.data.form.message;
      // better-auth's answer to a used or expired token names the token: say it plainly.
      if (failure.status === 400 && problem?.code !== undefined && /token/i.test(problem.text)) {
        return refuse(form, { error: 'link_expired', message: 'This reset link has expired or was already used. Ask for a new one.' }, 400);
      }
      return failure;
    }
    // Every session was signed out by the reset (revokeSessionsOnPasswordReset): log in afresh.
    redirect(303, '/login?passwordReset');
  },
};
