import { notificationDigestScheduleId } from '@atrium/workflows';
import { ensureDailySchedule } from '../../schedules/ensure-daily-schedule';
import type { TemporalSettings } from '../../temporal-connection';

/** The daily digest (17:00 UTC, the end of the working day in Europe) as a Temporal Schedule, created once. */
export function ensureDigestSchedule(temporal: TemporalSettings): Promise<'created' | 'exists'> {
  return ensureDailySchedule(temporal, { scheduleId: notificationDigestScheduleId, workflowType: 'notificationDigestWorkflow', hour: 17 });
}
