import { redirect } from '@sveltejs/kit';
import { createCompanyRequest } from '@atrium/core';
import { answer } from '#lib/server/api-client';
import { emptyForm, submitForm } from '#lib/server/form-action';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ form: await emptyForm(createCompanyRequest) });

export const actions: Actions = {
  default: async (event) => {
    const sent = await submitForm(event, createCompanyRequest, (body) => answer(event.locals.api.POST('/api/companies', { body })));
    if (!sent.ok) return sent.failure;
    // The person owns the new company and lands on its onboarding checklist.
    redirect(303, `/${sent.data.id}`);
  },
};
