import type { ReportPeriod } from '@atrium/core';

/** The report's Temporal Schedule; the runs it starts get this id plus the run's time. */
export const analyticsReportScheduleId = (reportId: string) => `analytics-report:${reportId}`;

export interface AnalyticsReportInput {
  companyId: string;
  reportId: string;
}

/** One line of a report: a widget's figure over the period, against the period before. */
export interface AnalyticsReportLine {
  label: string;
  value: string;
  previous: string | null;
  change: string | null;
  /** "Needs CRM" and the like, instead of a figure. */
  note: string | null;
  /** Split lines (spend by category), already formatted. */
  breakdown: Array<{ label: string; value: string }>;
}

export interface AnalyticsReportSummary {
  companyName: string;
  dashboardName: string;
  recipients: string[];
  period: ReportPeriod;
  lines: AnalyticsReportLine[];
}

export interface AnalyticsActivities {
  /**
   * The figures of the report's dashboard over the whole period before `sentAt` (keyed by
   * report id and that period); null when the report is gone or paused, or the company no
   * longer has Analytics, so nothing is mailed.
   */
  computeAnalyticsReport(input: AnalyticsReportInput & { sentAt: string }): Promise<AnalyticsReportSummary | null>;
  /** Mails the summary and its PDF to every recipient, once per (report, period): a retry or a second run sends nothing. */
  mailAnalyticsReport(input: AnalyticsReportInput & { summary: AnalyticsReportSummary }): Promise<'sent' | 'already_sent'>;
}
