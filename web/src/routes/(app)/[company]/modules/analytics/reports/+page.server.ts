import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import { done, pageProblem, refused } from '#lib/server/analytics/analytics-page';
import type { Actions, PageServerLoad } from './$types';

/** Scheduled reports, and the dashboards a new one can mail. */
export const load: PageServerLoad = async (event) => {
  const companyId = event.params.company;
  const { api } = event.locals;
  const [reports, dashboards] = await Promise.all([
    answer(api.GET('/api/companies/{companyId}/modules/analytics/reports', { params: { path: { companyId } } })),
    answer(api.GET('/api/companies/{companyId}/modules/analytics/dashboards', { params: { path: { companyId } } })),
  ]);
  return { reports: reports.ok ? reports.data.reports : null, problem: reports.ok ? null : pageProblem(reports), dashboards: dashboards.ok ? dashboards.data.dashboards : [] };
};

/** Recipients typed comma- or line-separated. */
const recipientsOf = (form: FormData) => textField(form, 'recipients').split(/[\s,;]+/).map((address) => address.trim()).filter(Boolean);
const reportPath = (event: Parameters<Actions[string]>[0], reportId: string) => ({ companyId: event.params.company!, reportId });

export const actions: Actions = {
  create: async (event) => {
    const form = await event.request.formData();
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/analytics/reports', {
        params: { path: { companyId: event.params.company } },
        body: { dashboardId: textField(form, 'dashboardId'), frequency: textField(form, 'frequency') === 'monthly' ? 'monthly' : 'weekly', recipients: recipientsOf(form) },
      }),
    );
    if (!result.ok) return refused(result, 'report');
    return done(`“${result.data.dashboardName}” will be mailed ${result.data.frequency === 'weekly' ? 'every Monday' : 'on the first of each month'}.`, 'report');
  },
  pause: async (event) => {
    const form = await event.request.formData();
    const paused = textField(form, 'paused') === 'true';
    const result = await answer(event.locals.api.PATCH('/api/companies/{companyId}/modules/analytics/reports/{reportId}', { params: { path: reportPath(event, textField(form, 'reportId')) }, body: { paused } }));
    if (!result.ok) return refused(result, 'report');
    return done(paused ? 'Report paused.' : 'Report resumed.', 'report');
  },
  remove: async (event) => {
    const form = await event.request.formData();
    const result = await answer(event.locals.api.DELETE('/api/companies/{companyId}/modules/analytics/reports/{reportId}', { params: { path: reportPath(event, textField(form, 'reportId')) } }));
    if (!result.ok) return refused(result, 'report');
    return done('Report deleted.', 'report');
  },
};
