import { taskStatusLabels, type TaskStatus } from '@atrium/core';

export interface ProjectsPerson {
  userId: string;
  name: string;
}

/** A task owner's name, or "No owner" (a left member reads as "Someone"). */
export const ownerName = (people: ProjectsPerson[], ownerId: string | null): string =>
  ownerId ? (people.find((person) => person.userId === ownerId)?.name ?? 'Someone') : 'No owner';

export const statusLabel = (status: TaskStatus): string => taskStatusLabels[status];
