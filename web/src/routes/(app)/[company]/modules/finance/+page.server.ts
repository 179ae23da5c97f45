import { answer } from '#lib/server/api-client';
import { helpLinksFor } from '#lib/server/help-links';
import { moduleLandingActions } from '#lib/server/module-landing';
import type { Actions, PageServerLoad } from './$types';

/**
 * Finance's home: what the module was set up with and its setup checklist (from the layout's
 * landing), and the usage meter of the plan's Finance limits.
 */
export const load: PageServerLoad = async (event) => {
  const [usage, helpArticles] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/{module}/usage', { params: { path: { companyId: event.params.company, module: 'finance' } } })),
    helpLinksFor(event, 'finance'),
  ]);
  return { usage: usage.ok ? usage.data : null, helpArticles };
};

export const actions: Actions = moduleLandingActions(() => 'finance');
