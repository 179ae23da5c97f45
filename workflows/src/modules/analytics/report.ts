import { proxyActivities } from '@temporalio/workflow';
import type { AnalyticsActivities, AnalyticsReportInput } from './messages';

const { computeAnalyticsReport, mailAnalyticsReport } = proxyActivities<AnalyticsActivities>({
  // Both are keyed by (report, period): a retried computation reads the same period, a retried mailing sends once.
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes', maximumAttempts: 20 },
});

/**
 * One mailing of a scheduled report, started by its Schedule `analytics-report:{reportId}`
 * each Monday or each first of the month. The period is the whole week or month before the
 * run started (workflow time, so a replay reads the same one); a report deleted or paused
 * in the meantime, or a company without Analytics, gets nothing mailed.
 */
export async function analyticsReportWorkflow(input: AnalyticsReportInput): Promise<'sent' | 'already_sent' | 'skipped'> {
  const summary = await computeAnalyticsReport({ ...input, sentAt: new Date().toISOString() });
  if (!summary) return 'skipped';
  return mailAnalyticsReport({ ...input, summary });
}
