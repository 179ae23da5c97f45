import { fail } from '@sveltejs/kit';
import { pageOf, tableQuery } from '#lib/components/data-table';
import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

/** Every article, drafts included, with its votes; and the categories, with a form to add one. */
export const load: PageServerLoad = async (event) => {
  const [articles, categories] = await Promise.all([
    answer(event.locals.api.GET('/api/operator/help/articles')),
    answer(event.locals.api.GET('/api/operator/help/categories')),
  ]);
  if (!articles.ok || !categories.ok) return { table: null, categories: [], problem: (!articles.ok ? articles : categories.ok ? null : categories)?.problem ?? null };
  const query = tableQuery(event.url, { sort: 'updatedAt', dir: 'desc' });
  return {
    table: pageOf(articles.data.articles, query, {
      searchable: (article) => `${article.title} ${article.categoryName} ${article.topic ?? ''} ${article.body}`,
      filterBy: (article) => article.status,
      sortBy: { updatedAt: (article) => article.updatedAt, title: (article) => article.title.toLowerCase() },
    }),
    categories: categories.data.categories,
    problem: null,
  };
};

export const actions: Actions = {
  addCategory: async (event) => {
    const form = await event.request.formData();
    const input = { name: textField(form, 'name'), description: textField(form, 'description') };
    const created = await answer(event.locals.api.POST('/api/operator/help/categories', { body: input }));
    if (!created.ok) return fail(created.status, { message: created.problem.message, fields: created.problem.fields ?? {}, values: input });
    return { added: created.data.name };
  },
};
