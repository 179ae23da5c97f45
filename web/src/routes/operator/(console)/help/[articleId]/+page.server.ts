import { error, fail } from '@sveltejs/kit';
import { articleFromForm } from '#lib/server/article-form';
import { answer } from '#lib/server/api-client';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const [article, categories] = await Promise.all([
    answer(event.locals.api.GET('/api/operator/help/articles/{articleId}', { params: { path: { articleId: event.params.articleId } } })),
    answer(event.locals.api.GET('/api/operator/help/categories')),
  ]);
  if (!article.ok) error(article.status === 400 ? 404 : article.status, article.problem.message, { code: article.problem.error });
  return { article: article.data, categories: categories.ok ? categories.data.categories : [], saved: event.url.searchParams.has('saved') };
};

export const actions: Actions = {
  default: async (event) => {
    const input = articleFromForm(await event.request.formData());
    const saved = await answer(event.locals.api.PATCH('/api/operator/help/articles/{articleId}', { params: { path: { articleId: event.params.articleId } }, body: input }));
    if (!saved.ok) return fail(saved.status, { message: saved.problem.message, fields: saved.problem.fields ?? {}, values: input });
    return { saved: true };
  },
};
