import { loginRequest } from '@atrium/core';
import { callApi } from '#lib/server/api';
import { emptyForm, submitForm } from '#lib/server/form-action';
import type { Actions, PageServerLoad } from './$types';

/** The address a reset link goes to: the same email rules as at sign-in. */
const resetRequest = loginRequest.pick({ email: true });

export const load: PageServerLoad = async () => ({ form: await emptyForm(resetRequest) });

export const actions: Actions = {
  default: async (event) => {
    // better-auth mails a link to its own /api/auth/reset-password/<token>, which checks the
    // token and redirects to this relative path with ?token=… (or ?error=INVALID_TOKEN).
    const sent = await submitForm(event, resetRequest, ({ email }) =>
      callApi(event, '/api/auth/request-password-reset', { method: 'POST', json: { email, redirectTo: '/reset-password' } }),
    );
    if (!sent.ok) return sent.failure;

    const email = sent.form.data.email;
    // On a local install without SMTP the mail waits in the outbox; say where to find it.
    const outbox = await callApi(event, `/api/dev/outbox?to=${encodeURIComponent(email)}`);
    // The same answer whether or not the address has an account, so it reveals neither.
    return { form: sent.form, sentTo: email, outboxOn: outbox.ok };
  },
};
