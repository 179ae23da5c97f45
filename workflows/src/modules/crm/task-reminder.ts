import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { crmTaskChangedSignal, crmTaskReminderStateQuery, type CrmActivities, type CrmTaskReminderInput } from './messages';

const { remindCrmTask } = proxyActivities<CrmActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * `crm-task:{taskId}`: a durable timer until the task is due, then one reminder to its
 * assignee. Rescheduling moves the timer; finishing the task ends the workflow without a
 * reminder. If the reminder activity runs twice, the task's `remindedAt` keeps it to one notice.
 */
export async function crmTaskReminderWorkflow(input: CrmTaskReminderInput): Promise<'reminded' | 'done'> {
  let dueAt = input.dueAt;
  let done = false;
  let changes = 0;
  setHandler(crmTaskChangedSignal, (change) => {
    if (change.dueAt) dueAt = change.dueAt;
    if (change.done) done = true;
    changes += 1;
  });
  setHandler(crmTaskReminderStateQuery, () => ({ dueAt, status: done ? 'done' : 'waiting' }));

  for (;;) {
    if (done) return 'done';
    const seen = changes;
    const wait = Math.max(0, Date.parse(dueAt) - Date.now());
    const changed = await condition(() => changes !== seen, wait);
    if (changed) continue;
    const outcome = await remindCrmTask({ companyId: input.companyId, taskId: input.taskId, dueAt });
    // Skipped: done or moved meanwhile, and the signal saying so is on its way.
    if (outcome === 'reminded') return 'reminded';
    await condition(() => changes !== seen);
  }
}
