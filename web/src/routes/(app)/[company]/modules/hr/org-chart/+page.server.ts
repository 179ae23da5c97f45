import { answer } from '#lib/server/api-client';
import { hrPath, pageProblem } from '../hr.server';
import type { PageServerLoad } from './$types';

/** The org chart: the people without a manager, each with the people who report to them. */
export const load: PageServerLoad = async (event) => {
  const chart = await answer(event.locals.api.GET('/api/companies/{companyId}/modules/hr/org-chart', { params: { path: hrPath(event.params.company) } }));
  if (!chart.ok) return { roots: [], problem: pageProblem(chart) };
  return { roots: chart.data.roots, problem: null };
};
