import { redirect } from '@sveltejs/kit';
import { signupRequest } from '@atrium/core';
import { applySetCookies, callApi } from '#lib/server/api';
import { emptyForm, submitForm } from '#lib/server/form-action';
import { homePath, signedInPerson } from '#lib/server/session';
import type { SignupResult } from '#lib/types';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const me = await signedInPerson(event);
  if (me) redirect(303, homePath(me));
  return { form: await emptyForm(signupRequest) };
};

export const actions: Actions = {
  default: async (event) => {
    // What the person typed comes back to the form on failure; the password never does.
    const sent = await submitForm(event, signupRequest, async (body) => {
      const result = await callApi<SignupResult>(event, '/api/signup', { method: 'POST', json: body });
      applySetCookies(event.cookies, result.setCookies);
      return result;
    });
    if (!sent.ok) return sent.failure;
    redirect(303, `/${sent.data.company.id}`);
  },
};
