import { answer } from '#lib/server/api-client';
import { helpLinksFor } from '#lib/server/help-links';
import { moduleLandingActions } from '#lib/server/module-landing';
import { whatsNewFor } from '#lib/server/module-updates';
import type { Actions, PageServerLoad } from './$types';

/**
 * HR's home: what the module was set up with and its setup checklist (from the layout's
 * landing), and the usage meter of the plan's HR limits.
 */
export const load: PageServerLoad = async (event) => {
  const [usage, helpArticles, whatsNew] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/{module}/usage', { params: { path: { companyId: event.params.company, module: 'hr' } } })),
    helpLinksFor(event, 'hr'),
    whatsNewFor(event, 'hr'),
  ]);
  return { usage: usage.ok ? usage.data : null, helpArticles, whatsNew };
};

export const actions: Actions = moduleLandingActions(() => 'hr');
