import { analyticsDeleted, analyticsKit, analyticsParams, analyticsReportInput, analyticsReportList, analyticsReportParams, analyticsReportPatch, analyticsReportView } from '@atrium/core';
import { AnalyticsDashboard, AnalyticsReport, withTenant, type AnalyticsReportEntity, type EntityManager } from '@atrium/db';
import { deleteReportSchedule, saveReportSchedule } from '@atrium/workflows';
import type { ApiDependencies } from '../../deps';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404, linkedOr400 } from '../kit/records';
import { tickSetupStep } from '../kit/setup-steps';
import { currentPeriodStart, reserveUsage } from '../kit/usage';
import { afterUsage, analyticsActor } from './analytics-context';

const noReport = 'There is no such scheduled report.';

async function reportView(em: EntityManager, report: AnalyticsReportEntity) {
  const dashboard = await em.findOneOrFail(AnalyticsDashboard, { id: report.dashboard.id });
  return {
    id: report.id, dashboardId: dashboard.id, dashboardName: dashboard.name, frequency: report.frequency, recipients: report.recipients,
    paused: report.paused, lastSentPeriod: report.lastSentPeriod ?? null, createdAt: report.createdAt.toISOString(),
  };
}

/**
 * Scheduled reports: each is a row and a Temporal Schedule `analytics-report:{id}`. The row
 * is written first and the schedule after the commit; saving the schedule again (a retried
 * request, a changed frequency) updates it, so the two converge.
 */
export function reportRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/reports', summary: 'Scheduled email reports', can: 'read', params: analyticsParams,
    responses: { 200: { description: 'The reports', schema: analyticsReportList } },
    handler: async (ctx) => {
      const { companyId } = validate(analyticsParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const reports = await em.find(AnalyticsReport, { company: companyId }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 500 });
        const views = [];
        for (const report of reports) views.push(await reportView(em, report));
        return { reports: views };
      });
    },
  });

  routes.add({
    method: 'post', path: '/reports', summary: 'Mail a dashboard weekly (Mondays) or monthly (the 1st), 07:00 UTC, with a PDF (counts towards the plan)', can: 'create',
    params: analyticsParams, body: analyticsReportInput,
    responses: { 201: { description: 'The report', schema: analyticsReportView }, 402: { description: 'usage_limit_reached' } },
    handler: async (ctx) => {
      const { companyId } = validate(analyticsParams, ctx.params);
      const input = validate(analyticsReportInput, ctx.request.body);
      const actor = analyticsActor(ctx);
      const { report, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const dashboard = await linkedOr400(em, AnalyticsDashboard, input.dashboardId, 'dashboardId', 'dashboard');
        const change = await reserveUsage(em, analyticsKit, 'scheduledReports', 1, actor.entitlements, companyId);
        const report = em.create(AnalyticsReport, {
          company: companyId, dashboard: dashboard!.id, frequency: input.frequency, recipients: [...new Set(input.recipients.map((address) => address.toLowerCase()))],
          paused: false, ownerId: actor.userId, createdBy: actor.userId,
        });
        await em.persist(report).flush();
        await tickSetupStep(em, 'analytics', 'schedule_report');
        return { report: await reportView(em, report), change, periodStart: await currentPeriodStart(em) };
      });
      await saveReportSchedule(deps.temporal, deps.config.temporal.taskQueue, { companyId, reportId: report.id, frequency: report.frequency, paused: false });
      await afterUsage(deps, companyId, change, periodStart);
      ctx.status = 201;
      ctx.body = report;
    },
  });

  routes.add({
    method: 'patch', path: '/reports/:reportId', summary: 'Change a report’s frequency or recipients, or pause and resume it', can: 'update', params: analyticsReportParams, body: analyticsReportPatch,
    responses: { 200: { description: 'The report', schema: analyticsReportView } },
    handler: async (ctx) => {
      const { companyId, reportId } = validate(analyticsReportParams, ctx.params);
      const input = validate(analyticsReportPatch, ctx.request.body);
      const report = await withTenant(deps.orm, { companyId }, async (em) => {
        const report = await findOr404(em, AnalyticsReport, { id: reportId }, noReport);
        if (input.frequency !== undefined) report.frequency = input.frequency;
        if (input.recipients !== undefined) report.recipients = [...new Set(input.recipients.map((address) => address.toLowerCase()))];
        if (input.paused !== undefined) report.paused = input.paused;
        await em.flush();
        return reportView(em, report);
      });
      await saveReportSchedule(deps.temporal, deps.config.temporal.taskQueue, { companyId, reportId, frequency: report.frequency, paused: report.paused });
      ctx.body = report;
    },
  });

  routes.add({
    method: 'delete', path: '/reports/:reportId', summary: 'Stop and delete a scheduled report', can: 'delete', params: analyticsReportParams,
    responses: { 200: { description: 'Deleted', schema: analyticsDeleted } },
    handler: async (ctx) => {
      const { companyId, reportId } = validate(analyticsReportParams, ctx.params);
      await withTenant(deps.orm, { companyId }, async (em) => {
        const report = await findOr404(em, AnalyticsReport, { id: reportId }, noReport);
        await em.nativeDelete(AnalyticsReport, { id: report.id });
      });
      await deleteReportSchedule(deps.temporal, reportId);
      ctx.body = { deleted: true };
    },
  });
}
