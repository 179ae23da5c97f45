import { Client, Connection, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import { connectionOptions, type TemporalSettings } from '../temporal-connection';

/**
 * A daily job as a Temporal Schedule, so an operator sees (and can pause or trigger) it in
 * the UI. Created once; an existing schedule is left as it is. A missed day is caught up
 * within a day; a run still going when the next is due is not doubled.
 */
export async function ensureDailySchedule(
  temporal: TemporalSettings,
  schedule: { scheduleId: string; workflowType: string; hour: number; minute?: number },
): Promise<'created' | 'exists'> {
  const connection = await Connection.connect(connectionOptions(temporal));
  try {
    const client = new Client({ connection, namespace: temporal.namespace });
    await client.schedule.create({
      scheduleId: schedule.scheduleId,
      spec: { calendars: [{ hour: schedule.hour, minute: schedule.minute ?? 0 }] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
      action: { type: 'startWorkflow', workflowType: schedule.workflowType, taskQueue: temporal.taskQueue, args: [] },
    });
    return 'created';
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return 'exists';
    throw error;
  } finally {
    await connection.close();
  }
}
