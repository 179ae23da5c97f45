import { cardExpiryScheduleId } from '@atrium/workflows';
import { ensureDailySchedule } from '../../schedules/ensure-daily-schedule';
import type { TemporalSettings } from '../../temporal-connection';

/** The daily card-expiry scan (06:00 UTC) as a Temporal Schedule, created once. */
export function ensureCardExpirySchedule(temporal: TemporalSettings): Promise<'created' | 'exists'> {
  return ensureDailySchedule(temporal, { scheduleId: cardExpiryScheduleId, workflowType: 'cardExpiryScanWorkflow', hour: 6 });
}
