import { answer } from '#lib/server/api-client';
import { thisMonth } from '#lib/components/finance/format';
import { financePath, pageProblem } from '../finance.server';
import type { PageServerLoad } from './$types';

/** A month's profit and loss (`?month=YYYY-MM`, this month by default), computed by the API from Finance's records. */
export const load: PageServerLoad = async (event) => {
  const asked = event.url.searchParams.get('month') ?? '';
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) ? asked : thisMonth();
  const report = await answer(event.locals.api.GET('/api/companies/{companyId}/modules/finance/profit-and-loss', { params: { path: financePath(event.params.company), query: { month } } }));
  if (!report.ok) return { month, report: null, problem: pageProblem(report) };
  return { month, report: report.data, problem: null };
};
