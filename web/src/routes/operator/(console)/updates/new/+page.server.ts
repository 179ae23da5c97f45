import { fail, redirect } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import { moduleUpdateFromForm } from '../update-form';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async (event) => {
    const input = moduleUpdateFromForm(await event.request.formData());
    const created = await answer(event.locals.api.POST('/api/operator/module-updates', { body: input }));
    if (!created.ok) return fail(created.status, { message: created.problem.message, fields: created.problem.fields ?? {}, values: input });
    // The draft's own page shows the preview and the Publish button.
    redirect(303, `/operator/updates/${created.data.id}?saved=1`);
  },
};
