import { fail, redirect } from '@sveltejs/kit';
import { articleFromForm } from '#lib/server/article-form';
import { answer } from '#lib/server/api-client';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const categories = await answer(event.locals.api.GET('/api/operator/help/categories'));
  return { categories: categories.ok ? categories.data.categories : [] };
};

export const actions: Actions = {
  default: async (event) => {
    const input = articleFromForm(await event.request.formData());
    const created = await answer(event.locals.api.POST('/api/operator/help/articles', { body: input }));
    if (!created.ok) return fail(created.status, { message: created.problem.message, fields: created.problem.fields ?? {}, values: input });
    redirect(303, `/operator/help/${created.data.id}?saved=1`);
  },
};
