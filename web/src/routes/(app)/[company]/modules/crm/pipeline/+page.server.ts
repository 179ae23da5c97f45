import { fail } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import { readRefused, requireOpenCrm } from '#lib/server/crm/crm-page';
import { moveDeal } from '#lib/server/crm/move-deal';
import type { Actions, PageServerLoad } from './$types';

/** The board: every stage with its deals, totals and the weighted forecast, as the API sums them. */
export const load: PageServerLoad = async (event) => {
  const { crm } = await event.parent();
  requireOpenCrm(crm, event.params.company);
  const pipeline = await answer(event.locals.api.GET('/api/companies/{companyId}/modules/crm/pipeline', { params: { path: { companyId: event.params.company } } }));
  if (!pipeline.ok) return { pipeline: null, problem: readRefused(pipeline, event.params.company) };
  return { pipeline: pipeline.data, problem: null };
};

export const actions: Actions = {
  /** A card dropped on a column, or its "Move to stage" menu (the same form, with or without JavaScript). */
  move: async (event) => {
    const moved = await moveDeal(event);
    if (!moved.ok) return fail(moved.status, { move: moved.notice });
    return { move: moved.notice };
  },
};
