import { defineQuery, defineSignal } from '@temporalio/workflow';

export const projectTaskWorkflowId = (taskId: string) => `project-task:${taskId}`;

export interface ProjectTaskReminderInput {
  companyId: string;
  taskId: string;
  /** ISO instant the reminder goes out (09:00 UTC on the due date, core's `taskReminderAt`). */
  remindAt: string;
}

/** The task got a new due date (`remindAt`), lost it or was finished (`stop`). */
export const projectTaskChangedSignal = defineSignal<[{ remindAt?: string; stop?: boolean }]>('projectTaskChanged');
export const projectTaskReminderStateQuery = defineQuery<{ remindAt: string; status: 'waiting' | 'stopped' }>('projectTaskReminderState');

export interface ProjectsActivities {
  /** Notifies the task's owner that it is due today; a no-op when it is done, undated, moved or already reminded. */
  remindProjectTask(input: { companyId: string; taskId: string; remindAt: string }): Promise<'reminded' | 'skipped'>;
}
