import { fail } from '@sveltejs/kit';
import { callApi } from '#lib/server/api';
import { textField } from '#lib/server/form-data';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const email = textField(form, 'email').trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      return fail(400, { email, message: 'Enter the email address you log in with, like name@company.com.' });
    }
    // better-auth mails a link to its own /api/auth/reset-password/<token>, which checks the
    // token and redirects to this relative path with ?token=… (or ?error=INVALID_TOKEN).
    const result = await callApi(event, '/api/auth/request-password-reset', {
      method: 'POST',
      json: { email, redirectTo: '/reset-password' },
    });
    if (!result.ok) return fail(result.status >= 400 ? result.status : 500, { email, message: result.problem.message });

    // On a local install without SMTP the mail waits in the outbox; say where to find it.
    const outbox = await callApi(event, `/api/dev/outbox?to=${encodeURIComponent(email)}`);
    // The same answer whether or not the address has an account, so it reveals neither.
    return { sentTo: email, outboxOn: outbox.ok };
  },
};
