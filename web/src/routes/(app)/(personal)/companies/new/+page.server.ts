import { callApi } from '#lib/server/api';
import { refused, textField } from '#lib/server/form-data';
import { redirect } from '@sveltejs/kit';
import type { CompanyView } from '@atrium/core';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const name = textField(form, 'name').trim();
    const result = await callApi<CompanyView>(event, '/api/companies', { method: 'POST', json: { name } });
    if (!result.ok) return refused<'name'>(result, { name });
    // The person owns the new company and lands on its onboarding checklist.
    redirect(303, `/${result.data.id}`);
  },
};
