import { Client, Connection, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import { cardExpiryScheduleId } from '@atrium/workflows';
import { connectionOptions, type TemporalSettings } from '../../temporal-connection';

/**
 * The daily card-expiry scan as a Temporal Schedule, so an operator sees (and can pause
 * or trigger) it in the UI. Created once; an existing schedule is left as it is.
 */
export async function ensureCardExpirySchedule(temporal: TemporalSettings): Promise<'created' | 'exists'> {
  const connection = await Connection.connect(connectionOptions(temporal));
  try {
    const client = new Client({ connection, namespace: temporal.namespace });
    await client.schedule.create({
      scheduleId: cardExpiryScheduleId,
      spec: { calendars: [{ hour: 6, minute: 0 }] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
      action: { type: 'startWorkflow', workflowType: 'cardExpiryScanWorkflow', taskQueue: temporal.taskQueue, args: [] },
    });
    return 'created';
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return 'exists';
    throw error;
  } finally {
    await connection.close();
  }
}
