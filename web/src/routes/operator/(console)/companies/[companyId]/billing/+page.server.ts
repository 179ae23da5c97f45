import { error } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import type { PageServerLoad } from './$types';

/** One company's invoices, payments and changes. Loading it writes "Atrium support viewed your billing" into its audit log. */
export const load: PageServerLoad = async (event) => {
  const timeline = await answer(event.locals.api.GET('/api/operator/companies/{companyId}/billing-timeline', { params: { path: { companyId: event.params.companyId } } }));
  if (!timeline.ok) error(timeline.status === 400 ? 404 : timeline.status, timeline.problem.message, { code: timeline.problem.error });
  return { companyId: event.params.companyId, companyName: timeline.data.companyName, entries: timeline.data.entries };
};
