/** The board's columns, in order; the listing promises these four. */
export const taskStatuses = ['todo', 'in_progress', 'in_review', 'done'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export const taskStatusLabels: Record<TaskStatus, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  in_review: 'In review',
  done: 'Done',
};

export const projectStatuses = ['active', 'archived'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

/**
 * The instant a task's due-date reminder goes out: 09:00 UTC on the day it is due, so an
 * owner hears of it at the start of that working day in Europe, not at midnight.
 */
export const taskReminderAt = (dueOn: string): string => `${dueOn}T09:00:00.000Z`;
