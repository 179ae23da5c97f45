import type { Client } from '@temporalio/client';
import type { ReportFrequency } from '@atrium/core';
import { companyIdAttribute } from '../../search-attributes';
import { analyticsReportScheduleId, type AnalyticsReportInput } from './messages';

export interface ReportScheduleFacts {
  companyId: string;
  reportId: string;
  frequency: ReportFrequency;
  /** The company paused it (or Analytics is removed): the schedule exists but starts nothing. */
  paused: boolean;
}

/** Monday 07:00 UTC for a weekly report, the first of the month at 07:00 UTC for a monthly one. */
const calendarOf = (frequency: ReportFrequency) =>
  frequency === 'weekly' ? [{ comment: 'Mondays at 07:00 UTC', dayOfWeek: 'MONDAY' as const, hour: 7 }] : [{ comment: 'The first of each month at 07:00 UTC', dayOfMonth: 1, hour: 7 }];

const isNamed = (error: unknown, name: string) => error instanceof Error && error.name === name;

/**
 * The report's Temporal Schedule `analytics-report:{reportId}`: an operator sees, pauses and
 * triggers it in the Temporal UI like the daily jobs. A run missed while Temporal was down is
 * caught up within a day; a run still mailing when the next is due is not doubled.
 * Creating it again (a retried request) updates the existing one to the report as it stands.
 */
export async function saveReportSchedule(client: Client, taskQueue: string, report: ReportScheduleFacts): Promise<void> {
  const input: AnalyticsReportInput = { companyId: report.companyId, reportId: report.reportId };
  const action = {
    type: 'startWorkflow' as const, workflowType: 'analyticsReportWorkflow', taskQueue, args: [input],
    workflowId: analyticsReportScheduleId(report.reportId), typedSearchAttributes: [{ key: companyIdAttribute, value: report.companyId }],
  };
  const spec = { calendars: calendarOf(report.frequency) };
  const policies = { overlap: 'SKIP' as const, catchupWindow: '1 day' };
  try {
    await client.schedule.create({ scheduleId: analyticsReportScheduleId(report.reportId), spec, action, policies, state: { paused: report.paused, note: report.paused ? 'Paused' : undefined } });
  } catch (error) {
    if (!isNamed(error, 'ScheduleAlreadyRunning')) throw error;
    await client.schedule.getHandle(analyticsReportScheduleId(report.reportId)).update((previous) => ({ ...previous, spec, action, policies, state: { ...previous.state, paused: report.paused } }));
  }
}

/** Pauses or resumes the schedule; one that no longer exists (deleted with its report) is left alone. */
export async function setReportSchedulePaused(client: Client, reportId: string, paused: boolean, note: string): Promise<void> {
  const handle = client.schedule.getHandle(analyticsReportScheduleId(reportId));
  try {
    await (paused ? handle.pause(note) : handle.unpause(note));
  } catch (error) {
    if (!isNamed(error, 'ScheduleNotFoundError')) throw error;
  }
}

export async function deleteReportSchedule(client: Client, reportId: string): Promise<void> {
  try {
    await client.schedule.getHandle(analyticsReportScheduleId(reportId)).delete();
  } catch (error) {
    if (!isNamed(error, 'ScheduleNotFoundError')) throw error;
  }
}
