import {
  analyticsDashboardInput, analyticsDashboardList, analyticsDashboardParams, analyticsDashboardQuery, analyticsDashboardView, analyticsDeleted, analyticsKit, analyticsParams,
  analyticsWidgetInput, analyticsWidgetParams, analyticsWidgetPatch, analyticsWidgetView, rangeOf, type RangePreset,
} from '@atrium/core';
import { AnalyticsDashboard, AnalyticsReport, AnalyticsWidget, metricFigures, UniqueConstraintViolationException, withTenant, type AnalyticsDashboardEntity, type AnalyticsWidgetEntity, type EntityManager } from '@atrium/db';
import { deleteReportSchedule } from '@atrium/workflows';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404 } from '../kit/records';
import { tickSetupStep } from '../kit/setup-steps';
import { currentPeriodStart, reserveUsage } from '../kit/usage';
import { afterUsage, analyticsActor, requireHistory, type AnalyticsActor } from './analytics-context';

const noDashboard = 'There is no such dashboard.';

const summaryOf = (dashboard: AnalyticsDashboardEntity, widgetCount: number) => ({
  id: dashboard.id, name: dashboard.name, provisioned: dashboard.provisioned, widgetCount, createdAt: dashboard.createdAt.toISOString(),
});

async function widgetView(em: EntityManager, actor: AnalyticsActor, widget: AnalyticsWidgetEntity, range?: RangePreset) {
  const preset = range ?? widget.rangePreset;
  const figures = await metricFigures(em, actor.entitlements, { metric: widget.metric, range: rangeOf(preset, actor.today), bucket: widget.bucket, compare: widget.compare });
  return { id: widget.id, metric: widget.metric, chart: widget.chart, range: preset, bucket: widget.bucket, compare: widget.compare, title: widget.title, position: widget.position, figures };
}

const widgetsOf = (em: EntityManager, dashboardId: string) => em.find(AnalyticsWidget, { dashboard: dashboardId }, { orderBy: { position: 'asc', id: 'asc' } });

/** A dashboard with every widget's figures, read in one transaction of the company. */
async function dashboardView(em: EntityManager, actor: AnalyticsActor, dashboard: AnalyticsDashboardEntity, range?: RangePreset) {
  const widgets = [];
  for (const widget of await widgetsOf(em, dashboard.id)) widgets.push(await widgetView(em, actor, widget, range));
  return { id: dashboard.id, name: dashboard.name, provisioned: dashboard.provisioned, createdAt: dashboard.createdAt.toISOString(), today: actor.today, widgets };
}

const nameTaken = () => new HttpError(409, 'name_taken', 'Another dashboard has that name. Choose another.', { name: 'Another dashboard has this name.' });

export function dashboardRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/dashboards', summary: 'Dashboards: the provisioned defaults first, then the company’s own', can: 'read', params: analyticsParams,
    responses: { 200: { description: 'The dashboards', schema: analyticsDashboardList } },
    handler: async (ctx) => {
      const { companyId } = validate(analyticsParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const dashboards = await em.find(AnalyticsDashboard, { company: companyId }, { orderBy: { position: 'asc', createdAt: 'asc', id: 'asc' }, limit: 500 });
        const counts = await em.execute<{ dashboard_id: string; n: number }[]>(`select dashboard_id, count(*)::int as n from analytics_widget group by dashboard_id`, [], 'all');
        const countOf = new Map(counts.map((row) => [row.dashboard_id, row.n]));
        return { dashboards: dashboards.map((dashboard) => summaryOf(dashboard, countOf.get(dashboard.id) ?? 0)) };
      });
    },
  });

  routes.add({
    method: 'post', path: '/dashboards', summary: 'Build a dashboard of your own (counts towards the plan)', can: 'create', params: analyticsParams, body: analyticsDashboardInput,
    responses: { 201: { description: 'The dashboard, without widgets yet', schema: analyticsDashboardView }, 402: { description: 'usage_limit_reached' }, 409: { description: 'name_taken' } },
    handler: async (ctx) => {
      const { companyId } = validate(analyticsParams, ctx.params);
      const { name } = validate(analyticsDashboardInput, ctx.request.body);
      const actor = analyticsActor(ctx);
      const { dashboard, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const change = await reserveUsage(em, analyticsKit, 'dashboards', 1, actor.entitlements, companyId);
        if (await em.findOne(AnalyticsDashboard, { name })) throw nameTaken();
        const [last] = await em.execute<{ position: number | null }[]>(`select max(position) as position from analytics_dashboard`, [], 'all');
        const dashboard = em.create(AnalyticsDashboard, { company: companyId, name, position: (last?.position ?? -1) + 1, provisioned: false, createdBy: actor.userId });
        await em.persist(dashboard).flush().catch((error: unknown) => {
          throw error instanceof UniqueConstraintViolationException ? nameTaken() : error;
        });
        await tickSetupStep(em, 'analytics', 'build_dashboard');
        return { dashboard: await dashboardView(em, actor, dashboard), change, periodStart: await currentPeriodStart(em) };
      });
      await afterUsage(deps, companyId, change, periodStart);
      ctx.status = 201;
      ctx.body = dashboard;
    },
  });

  routes.add({
    method: 'get', path: '/dashboards/:dashboardId', summary: 'A dashboard with each widget’s figures (`range` sets every widget’s date range)', can: 'read',
    params: analyticsDashboardParams, query: analyticsDashboardQuery,
    responses: { 200: { description: 'The dashboard and its figures', schema: analyticsDashboardView }, 402: { description: 'usage_limit_reached: further back than the plan’s history' } },
    handler: async (ctx) => {
      const { companyId, dashboardId } = validate(analyticsDashboardParams, ctx.params);
      const { range } = validate(analyticsDashboardQuery, ctx.query);
      const actor = analyticsActor(ctx);
      if (range) requireHistory(actor, rangeOf(range, actor.today));
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const dashboard = await findOr404(em, AnalyticsDashboard, { id: dashboardId }, noDashboard);
        // Looking at a dashboard is what "Explore your dashboards" asks for.
        await tickSetupStep(em, 'analytics', 'explore_dashboards');
        return dashboardView(em, actor, dashboard, range);
      });
    },
  });

  routes.add({
    method: 'delete', path: '/dashboards/:dashboardId', summary: 'Delete a dashboard with its widgets and scheduled reports (managers)', can: 'delete', params: analyticsDashboardParams,
    responses: { 200: { description: 'Deleted', schema: analyticsDeleted } },
    handler: async (ctx) => {
      const { companyId, dashboardId } = validate(analyticsDashboardParams, ctx.params);
      const reportIds = await withTenant(deps.orm, { companyId }, async (em) => {
        const dashboard = await findOr404(em, AnalyticsDashboard, { id: dashboardId }, noDashboard);
        const reports = await em.find(AnalyticsReport, { dashboard: dashboard.id }, { fields: ['id'] });
        await em.nativeDelete(AnalyticsDashboard, { id: dashboard.id });
        return reports.map((report) => report.id);
      });
      // After the commit: the deleted reports' schedules go too (a missed one finds no report and mails nothing).
      for (const reportId of reportIds) await deleteReportSchedule(deps.temporal, reportId);
      ctx.body = { deleted: true };
    },
  });

  routes.add({
    method: 'post', path: '/dashboards/:dashboardId/widgets', summary: 'Add a widget: a metric, its chart, date range and buckets, at the end of the dashboard', can: 'create',
    params: analyticsDashboardParams, body: analyticsWidgetInput,
    responses: { 201: { description: 'The widget and its figures', schema: analyticsWidgetView }, 400: { description: 'too_many_widgets' } },
    handler: async (ctx) => {
      const { companyId, dashboardId } = validate(analyticsDashboardParams, ctx.params);
      const input = validate(analyticsWidgetInput, ctx.request.body);
      const actor = analyticsActor(ctx);
      requireHistory(actor, rangeOf(input.range, actor.today));
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const dashboard = await findOr404(em, AnalyticsDashboard, { id: dashboardId }, noDashboard);
        const widgets = await widgetsOf(em, dashboard.id);
        if (widgets.length >= 24) throw new HttpError(400, 'too_many_widgets', 'A dashboard holds at most 24 widgets. Build another dashboard for more.');
        const widget = em.create(AnalyticsWidget, {
          company: companyId, dashboard: dashboard.id, metric: input.metric, chart: input.chart, rangePreset: input.range, bucket: input.bucket, compare: input.compare, title: input.title,
          position: (widgets.at(-1)?.position ?? -1) + 1, createdBy: actor.userId,
        });
        await em.persist(widget).flush();
        await tickSetupStep(em, 'analytics', 'build_dashboard');
        return widgetView(em, actor, widget);
      });
      ctx.status = 201;
    },
  });

  routes.add({
    method: 'patch', path: '/dashboards/:dashboardId/widgets/:widgetId', summary: 'Change a widget’s chart, range or title, or move it up or down', can: 'update',
    params: analyticsWidgetParams, body: analyticsWidgetPatch,
    responses: { 200: { description: 'The widget and its figures', schema: analyticsWidgetView } },
    handler: async (ctx) => {
      const { companyId, dashboardId, widgetId } = validate(analyticsWidgetParams, ctx.params);
      const input = validate(analyticsWidgetPatch, ctx.request.body);
      const actor = analyticsActor(ctx);
      if (input.range) requireHistory(actor, rangeOf(input.range, actor.today));
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const widget = await findOr404(em, AnalyticsWidget, { id: widgetId, dashboard: dashboardId }, 'There is no such widget on this dashboard.');
        if (input.chart !== undefined) widget.chart = input.chart;
        if (input.range !== undefined) widget.rangePreset = input.range;
        if (input.bucket !== undefined) widget.bucket = input.bucket;
        if (input.compare !== undefined) widget.compare = input.compare;
        if (input.title !== undefined) widget.title = input.title;
        if (input.move) {
          // Swap places with the neighbour; positions stay a plain order.
          const widgets = await widgetsOf(em, dashboardId);
          const index = widgets.findIndex((candidate) => candidate.id === widget.id);
          const neighbour = widgets[input.move === 'up' ? index - 1 : index + 1];
          if (neighbour) [widget.position, neighbour.position] = [neighbour.position, widget.position];
        }
        await em.flush();
        return widgetView(em, actor, widget);
      });
    },
  });

  routes.add({
    method: 'delete', path: '/dashboards/:dashboardId/widgets/:widgetId', summary: 'Remove a widget from a dashboard', can: 'update', params: analyticsWidgetParams,
    responses: { 200: { description: 'Deleted', schema: analyticsDeleted } },
    handler: async (ctx) => {
      const { companyId, dashboardId, widgetId } = validate(analyticsWidgetParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        if (!(await em.nativeDelete(AnalyticsWidget, { id: widgetId, dashboard: dashboardId }))) throw new HttpError(404, 'not_found', 'There is no such widget on this dashboard.');
        return { deleted: true as const };
      });
    },
  });
}
