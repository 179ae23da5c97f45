import { answer } from '#lib/server/api-client';
import { pageProblem } from '#lib/server/projects/projects-page';
import type { PageServerLoad } from './$types';

/** The timeline: every active project's span and its milestones. */
export const load: PageServerLoad = async (event) => {
  const timeline = await answer(event.locals.api.GET('/api/companies/{companyId}/modules/projects/timeline', { params: { path: { companyId: event.params.company } } }));
  if (!timeline.ok) return { timeline: null, problem: pageProblem(timeline), today: new Date().toISOString().slice(0, 10) };
  return { timeline: timeline.data, problem: null, today: new Date().toISOString().slice(0, 10) };
};
