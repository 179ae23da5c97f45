import { fail, redirect } from '@sveltejs/kit';
import { passwordRules } from '@atrium/core';
import { applySetCookies, callApi } from '#lib/server/api';
import { homePath, signedInPerson } from '#lib/server/session';
import type { FormProblem, SignupResult } from '#lib/types';
import type { Actions, PageServerLoad } from './$types';

type SignupField = 'name' | 'email' | 'password' | 'companyName';

export const load: PageServerLoad = async (event) => {
  const me = await signedInPerson(event);
  if (me) redirect(303, homePath(me));
  return { passwordMinLength: passwordRules.minLength };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    // What the person typed comes back to the form on failure; the password never does.
    const values = { name: text('name'), email: text('email'), companyName: text('companyName') };

    const result = await callApi<SignupResult>(event, '/api/signup', {
      method: 'POST',
      json: { ...values, password: text('password') },
    });
    applySetCookies(event.cookies, result.setCookies);

    if (!result.ok) {
      return fail(result.status >= 400 ? result.status : 500, {
        message: result.problem.message,
        fields: (result.problem.fields ?? {}) as FormProblem<SignupField>['fields'],
        values,
      } satisfies FormProblem<SignupField>);
    }

    redirect(303, `/${result.data.company.id}`);
  },
};
