import { addCalendarDays, calendarDaysBetween } from '@atrium/core';

export interface TimelineRange {
  from: string;
  to: string;
  days: number;
  /** The first of each month in the range, with its offset in percent. */
  months: { label: string; at: number }[];
}

/**
 * The span the timeline draws: from the first of the month of its earliest date (or today) to
 * the end of the month of its latest, at least three months, so a lone milestone still has
 * room around it.
 */
export function timelineRange(dates: string[], today: string): TimelineRange {
  const all = [...dates, today].sort();
  const from = `${all[0]!.slice(0, 7)}-01`;
  let to = addCalendarDays(`${all.at(-1)!.slice(0, 7)}-01`, 32);
  to = addCalendarDays(`${to.slice(0, 7)}-01`, -1);
  if (calendarDaysBetween(from, to) < 89) to = addCalendarDays(from, 89);
  const days = calendarDaysBetween(from, to) + 1;
  const months: TimelineRange['months'] = [];
  for (let month = from; month <= to; month = `${addCalendarDays(month, 32).slice(0, 7)}-01`) {
    months.push({ label: new Date(`${month}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }), at: percentAt({ from, days }, month) });
  }
  return { from, to, days, months };
}

/** Where a date sits on the range, in percent from its left edge. */
export const percentAt = (range: { from: string; days: number }, date: string): number => Math.min(100, Math.max(0, (calendarDaysBetween(range.from, date) / range.days) * 100));
