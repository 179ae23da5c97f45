import { addCalendarDays, isoDateOf, type IsoDate } from '../hr/calendar-dates';

/** "What ships this week": today and the six days after it, both ends included. */
export function shipWindow(now: Date | number): { from: IsoDate; to: IsoDate } {
  const from = isoDateOf(now);
  return { from, to: addCalendarDays(from, 6) };
}

export interface DatedWork {
  dueOn: string | null;
  done: boolean;
  ownerId: string | null;
}

/**
 * What is due in the window and not finished, soonest first; `forUserId` keeps only that
 * person's work (the "for me" view), null keeps the company's. Overdue work stays out: it
 * did not ship this week, and the board shows it in red.
 */
export function dueThisWeek<T extends DatedWork>(items: readonly T[], window: { from: IsoDate; to: IsoDate }, forUserId: string | null): T[] {
  return items
    .filter((item) => !item.done && item.dueOn !== null && item.dueOn >= window.from && item.dueOn <= window.to)
    .filter((item) => forUserId === null || item.ownerId === forUserId)
    .sort((a, b) => (a.dueOn! < b.dueOn! ? -1 : a.dueOn! > b.dueOn! ? 1 : 0));
}
