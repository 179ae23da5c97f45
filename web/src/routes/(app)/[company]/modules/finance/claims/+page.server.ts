import { answer } from '#lib/server/api-client';
import { financePath, pageProblem } from '../finance.server';
import type { PageServerLoad } from './$types';

/** The person's own claims, latest first: drafts to finish, and where each sent one stands. */
export const load: PageServerLoad = async (event) => {
  const mine = await answer(event.locals.api.GET('/api/companies/{companyId}/modules/finance/claims', { params: { path: financePath(event.params.company), query: { scope: 'mine', limit: 200 } } }));
  if (!mine.ok) return { claims: [], problem: pageProblem(mine) };
  return { claims: mine.data.claims, problem: null };
};
