import { error, fail } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import { moduleUpdateFromForm } from '../update-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const update = await answer(event.locals.api.GET('/api/operator/module-updates/{updateId}', { params: { path: { updateId: event.params.updateId } } }));
  if (!update.ok) error(update.status === 400 ? 404 : update.status, update.problem.message, { code: update.problem.error });
  return { update: update.data, saved: event.url.searchParams.has('saved') };
};

export const actions: Actions = {
  save: async (event) => {
    const input = moduleUpdateFromForm(await event.request.formData());
    const saved = await answer(event.locals.api.PATCH('/api/operator/module-updates/{updateId}', { params: { path: { updateId: event.params.updateId } }, body: input }));
    if (!saved.ok) return fail(saved.status, { message: saved.problem.message, fields: saved.problem.fields ?? {}, values: input });
    return { saved: true };
  },

  publish: async (event) => {
    const published = await answer(event.locals.api.POST('/api/operator/module-updates/{updateId}/publish', { params: { path: { updateId: event.params.updateId } } }));
    if (!published.ok) return fail(published.status, { message: published.problem.message });
    return { published: { companies: published.data.companies, notified: published.data.notified } };
  },
};
