import { taskReminderAt } from '@atrium/core';
import { projectTaskChangedSignal, projectTaskWorkflowId } from '@atrium/workflows';
import type { ApiDependencies } from '../../deps';

export interface ReminderChange {
  taskId: string;
  /** The due date before and after the change (null: none). */
  before: { dueOn: string | null; done: boolean; ownerId: string | null };
  after: { dueOn: string | null; done: boolean; ownerId: string | null };
}

const wantsReminder = (state: ReminderChange['after']) => Boolean(state.dueOn && state.ownerId && !state.done);

/**
 * Keeps `project-task:{id}` in step with the task after its write committed: a task with an
 * owner and a due date waits for its morning; a new date moves the timer (signal-with-start,
 * so a task whose reminder already went out gets a new one); done or undated stops it.
 */
export async function syncTaskReminder(deps: ApiDependencies, companyId: string, change: ReminderChange): Promise<void> {
  const { taskId, before, after } = change;
  const wanted = wantsReminder(after);
  const had = wantsReminder(before);
  if (!wanted && !had) return;
  const workflowId = projectTaskWorkflowId(taskId);
  const taskQueue = deps.config.temporal.taskQueue;
  if (!wanted) {
    await deps.temporal.workflow.getHandle(workflowId).signal(projectTaskChangedSignal, { stop: true }).catch(() => undefined);
    return;
  }
  if (had && before.dueOn === after.dueOn) return;
  const remindAt = taskReminderAt(after.dueOn!);
  await deps.temporal.workflow.signalWithStart('projectTaskReminderWorkflow', {
    workflowId, taskQueue, args: [{ companyId, taskId, remindAt }], signal: projectTaskChangedSignal, signalArgs: [{ remindAt }],
  });
}
