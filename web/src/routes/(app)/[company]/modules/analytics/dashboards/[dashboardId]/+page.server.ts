import { redirect } from '@sveltejs/kit';
import { analyticsChartTypes, bucketSizes, metricKeys, rangePresets, type AnalyticsChartType, type BucketSize, type MetricKey, type RangePreset } from '@atrium/core';
import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import { done, pageProblem, refused } from '#lib/server/analytics/analytics-page';
import type { Actions, PageServerLoad } from './$types';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

/** A dashboard with its widgets' figures (`?range=` sets every widget's range) and the metric catalogue for the widget form. */
export const load: PageServerLoad = async (event) => {
  const companyId = event.params.company;
  const dashboardId = event.params.dashboardId;
  const range = oneOf(rangePresets, event.url.searchParams.get('range'));
  const { api } = event.locals;
  const [dashboard, metrics] = await Promise.all([
    answer(api.GET('/api/companies/{companyId}/modules/analytics/dashboards/{dashboardId}', { params: { path: { companyId, dashboardId }, query: range ? { range } : {} } })),
    answer(api.GET('/api/companies/{companyId}/modules/analytics/metrics', { params: { path: { companyId } } })),
  ]);
  return { dashboard: dashboard.ok ? dashboard.data : null, problem: dashboard.ok ? null : pageProblem(dashboard), metrics: metrics.ok ? metrics.data.metrics : [], range: range ?? null };
};

const widgetPath = (event: Parameters<Actions[string]>[0], widgetId: string) => ({ companyId: event.params.company!, dashboardId: event.params.dashboardId!, widgetId });

export const actions: Actions = {
  addWidget: async (event) => {
    const form = await event.request.formData();
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/analytics/dashboards/{dashboardId}/widgets', {
        params: { path: { companyId: event.params.company, dashboardId: event.params.dashboardId } },
        body: {
          // An unknown value goes to the API as it is, which names what to fix.
          metric: (oneOf(metricKeys, textField(form, 'metric')) ?? textField(form, 'metric')) as MetricKey,
          chart: (oneOf(analyticsChartTypes, textField(form, 'chart')) ?? 'line') as AnalyticsChartType,
          range: (oneOf(rangePresets, textField(form, 'range')) ?? 'last_30_days') as RangePreset,
          bucket: (oneOf(bucketSizes, textField(form, 'bucket')) ?? 'day') as BucketSize,
          compare: form.get('compare') === 'on',
          title: textField(form, 'title'),
        },
      }),
    );
    if (!result.ok) return refused(result, 'widget');
    return done('Widget added.', 'widget');
  },
  moveWidget: async (event) => {
    const form = await event.request.formData();
    const move = textField(form, 'move') === 'down' ? 'down' : 'up';
    const result = await answer(event.locals.api.PATCH('/api/companies/{companyId}/modules/analytics/dashboards/{dashboardId}/widgets/{widgetId}', { params: { path: widgetPath(event, textField(form, 'widgetId')) }, body: { move } }));
    if (!result.ok) return refused(result, 'widget');
    return done('Widget moved.', 'widget');
  },
  removeWidget: async (event) => {
    const form = await event.request.formData();
    const result = await answer(event.locals.api.DELETE('/api/companies/{companyId}/modules/analytics/dashboards/{dashboardId}/widgets/{widgetId}', { params: { path: widgetPath(event, textField(form, 'widgetId')) } }));
    if (!result.ok) return refused(result, 'widget');
    return done('Widget removed.', 'widget');
  },
  deleteDashboard: async (event) => {
    const companyId = event.params.company;
    const result = await answer(event.locals.api.DELETE('/api/companies/{companyId}/modules/analytics/dashboards/{dashboardId}', { params: { path: { companyId, dashboardId: event.params.dashboardId } } }));
    if (!result.ok) return refused(result, 'dashboard');
    redirect(303, `/${companyId}/modules/analytics`);
  },
};
