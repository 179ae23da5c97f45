import { defineQuery, defineSignal } from '@temporalio/workflow';

export const crmTaskWorkflowId = (taskId: string) => `crm-task:${taskId}`;

export interface CrmTaskReminderInput {
  companyId: string;
  taskId: string;
  /** ISO time the task is due; the reminder goes out then. */
  dueAt: string;
}

/** The task was rescheduled (a new `dueAt`) or finished (`done`). */
export const crmTaskChangedSignal = defineSignal<[{ dueAt?: string; done?: boolean }]>('crmTaskChanged');
export const crmTaskReminderStateQuery = defineQuery<{ dueAt: string; status: 'waiting' | 'reminded' | 'done' }>('crmTaskReminderState');

export interface CrmActivities {
  /** Notifies the assignee that the task is due; a no-op if it is done or was moved. Idempotent per task and due time. */
  remindCrmTask(input: { companyId: string; taskId: string; dueAt: string }): Promise<'reminded' | 'skipped'>;
}
