import { redirect } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import { helpLinksFor } from '#lib/server/help-links';
import { moduleLandingActions } from '#lib/server/module-landing';
import { refused } from '#lib/server/analytics/analytics-page';
import type { Actions, PageServerLoad } from './$types';

/** Analytics' home: the dashboards (the defaults, then the company's own), the setup checklist and the usage meter. */
export const load: PageServerLoad = async (event) => {
  event.depends('atrium:module');
  const companyId = event.params.company;
  const { api } = event.locals;
  const [dashboards, usage, helpArticles] = await Promise.all([
    answer(api.GET('/api/companies/{companyId}/modules/analytics/dashboards', { params: { path: { companyId } } })),
    answer(api.GET('/api/companies/{companyId}/modules/{module}/usage', { params: { path: { companyId, module: 'analytics' } } })),
    helpLinksFor(event, 'analytics'),
  ]);
  return {
    dashboards: dashboards.ok ? dashboards.data.dashboards : null,
    problem: dashboards.ok ? null : dashboards.problem,
    usage: usage.ok ? usage.data : null,
    helpArticles,
  };
};

export const actions: Actions = {
  ...moduleLandingActions(() => 'analytics'),
  /** A dashboard of the company's own; its page is where widgets are added. */
  create: async (event) => {
    const companyId = event.params.company;
    const form = await event.request.formData();
    const result = await answer(event.locals.api.POST('/api/companies/{companyId}/modules/analytics/dashboards', { params: { path: { companyId } }, body: { name: textField(form, 'name') } }));
    if (!result.ok) return refused(result, 'dashboard');
    redirect(303, `/${companyId}/modules/analytics/dashboards/${result.data.id}`);
  },
};
