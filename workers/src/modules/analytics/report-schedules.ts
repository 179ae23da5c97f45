import { AnalyticsReport, provisionDefaultDashboards, withTenant, type EntityManager, type MikroORM } from '@atrium/db';
import { deleteReportSchedule, saveReportSchedule, setReportSchedulePaused } from '@atrium/workflows';
import type { TemporalAccess } from '../../marketplace/module-activation';

const reportsOf = (orm: MikroORM, companyId: string) =>
  withTenant(orm, { companyId }, (em) => em.find(AnalyticsReport, {}, { fields: ['id', 'frequency', 'paused'] }));

/** Analytics' part of provisioning, inside its transaction: the default dashboards as records. */
export const provisionAnalytics = (em: EntityManager, companyId: string) => provisionDefaultDashboards(em, companyId);

/**
 * Bought again: the reports' schedules run again, except those the company paused itself.
 * `saveReportSchedule` also recreates a schedule lost in between (a Temporal namespace reset).
 */
export async function resumeAnalyticsReports(orm: MikroORM, temporal: TemporalAccess, companyId: string): Promise<void> {
  for (const report of await reportsOf(orm, companyId)) {
    await saveReportSchedule(temporal.client, temporal.taskQueue, { companyId, reportId: report.id, frequency: report.frequency, paused: report.paused });
  }
}

/** Removed: every report's schedule is paused (the data is kept 30 days), so nothing is mailed meanwhile. */
export async function pauseAnalyticsReports(orm: MikroORM, temporal: TemporalAccess, companyId: string): Promise<void> {
  for (const report of await reportsOf(orm, companyId)) await setReportSchedulePaused(temporal.client, report.id, true, 'Analytics was removed');
}

/** Purged: the schedules go with the reports. */
export async function deleteAnalyticsReports(orm: MikroORM, temporal: TemporalAccess, companyId: string): Promise<void> {
  for (const report of await reportsOf(orm, companyId)) await deleteReportSchedule(temporal.client, report.id);
}
