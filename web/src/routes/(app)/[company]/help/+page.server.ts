import { error } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import type { PageServerLoad } from './$types';

/** Help: the knowledge base's shelves, or, with `?q=`, the articles that match (full text, on the server). */
export const load: PageServerLoad = async (event) => {
  const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const path = { companyId: event.params.company };
  if (q) {
    const hits = await answer(event.locals.api.GET('/api/companies/{companyId}/help/articles', { params: { path, query: { q } } }));
    if (!hits.ok && hits.status === 403) error(403, hits.problem.message, { code: hits.problem.error });
    return { q, hits: hits.ok ? hits.data.articles : null, categories: null, problem: hits.ok ? null : hits.problem };
  }
  const index = await answer(event.locals.api.GET('/api/companies/{companyId}/help', { params: { path } }));
  if (!index.ok && index.status === 403) error(403, index.problem.message, { code: index.problem.error });
  return { q, hits: null, categories: index.ok ? index.data.categories : null, problem: index.ok ? null : index.problem };
};
