import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { projectTaskChangedSignal, projectTaskReminderStateQuery, type ProjectsActivities, type ProjectTaskReminderInput } from './messages';

const { remindProjectTask } = proxyActivities<ProjectsActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * `project-task:{taskId}`: a durable timer until the morning the task is due, then one
 * reminder to its owner. A new due date moves the timer; finishing the task (or clearing
 * its date) ends the workflow without a reminder. A retried activity finds the task's
 * `remindedFor` set for that date and sends nothing twice.
 */
export async function projectTaskReminderWorkflow(input: ProjectTaskReminderInput): Promise<'reminded' | 'stopped'> {
  let remindAt = input.remindAt;
  let stopped = false;
  let changes = 0;
  setHandler(projectTaskChangedSignal, (change) => {
    if (change.remindAt) remindAt = change.remindAt;
    if (change.stop) stopped = true;
    changes += 1;
  });
  setHandler(projectTaskReminderStateQuery, () => ({ remindAt, status: stopped ? 'stopped' : 'waiting' }));

  for (;;) {
    if (stopped) return 'stopped';
    const seen = changes;
    const changed = await condition(() => changes !== seen, Math.max(0, Date.parse(remindAt) - Date.now()));
    if (changed) continue;
    const outcome = await remindProjectTask({ companyId: input.companyId, taskId: input.taskId, remindAt });
    if (outcome === 'reminded') return 'reminded';
    // Skipped: the task changed meanwhile, and the signal saying how is on its way.
    await condition(() => changes !== seen);
  }
}
