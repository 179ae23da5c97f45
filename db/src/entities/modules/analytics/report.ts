import { p } from '@mikro-orm/postgresql';
import type { ReportFrequency } from '@atrium/core';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { AnalyticsDashboard } from './dashboard';

/**
 * A dashboard mailed weekly or monthly. Its Temporal Schedule `analytics-report:{id}` starts
 * the report workflow; `paused` is the company's own pause (the module's removal pauses the
 * schedule without touching it, so a re-purchase resumes only what was running).
 */
export const AnalyticsReport = defineTenantEntity({
  name: 'AnalyticsReport',
  tableName: 'analytics_report',
  indexes: [{ name: 'analytics_report_company_id_created_at_index', properties: ['company', 'createdAt', 'id'] }],
  properties: {
    dashboard: () => p.manyToOne(AnalyticsDashboard).deleteRule('cascade'),
    frequency: p.string().length(8).$type<ReportFrequency>(),
    recipients: p.array().default([]),
    paused: p.boolean().default(false),
    lastSentPeriod: p.string().length(16).nullable(),
    ownerId: p.string().length(64).nullable(),
  },
});

/** One mailing of a report for one period: the business key that keeps a retried send to one mail. */
export const AnalyticsReportRun = defineTenantEntity({
  name: 'AnalyticsReportRun',
  tableName: 'analytics_report_run',
  uniques: [{ name: 'analytics_report_run_report_id_period_unique', properties: ['report', 'period'] }],
  properties: {
    report: () => p.manyToOne(AnalyticsReport).deleteRule('cascade'),
    period: p.string().length(16),
    sentAt: p.datetime(),
  },
});

export type AnalyticsReportEntity = InstanceType<typeof AnalyticsReport.class>;
export type AnalyticsReportRunEntity = InstanceType<typeof AnalyticsReportRun.class>;
