import { answer } from '#lib/server/api-client';
import { cmsPath, pageProblem } from '../../../cms.server';
import type { PageServerLoad } from './$types';

/** The draft as visitors would read it, for the company's own people only (the API checks the session). */
export const load: PageServerLoad = async (event) => {
  const preview = await answer(event.locals.api.GET('/api/companies/{companyId}/modules/cms/pages/{pageId}/preview', { params: { path: { ...cmsPath(event.params.company), pageId: event.params.pageId } } }));
  if (!preview.ok) return { preview: null, problem: pageProblem(preview, { notFound: true }) };
  event.setHeaders({ 'cache-control': 'private, no-store' });
  return { preview: preview.data, problem: null };
};
