/**
 * Calendar dates as `YYYY-MM-DD` strings, counted in UTC so that a leave day is the same
 * day on every server and in every time zone. Leave is booked in whole days.
 */
export type IsoDate = string;

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): value is IsoDate {
  if (!isoDatePattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const dayMs = 86_400_000;

export const toUtcMidnight = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`);
export const isoDateOf = (instant: Date | number): IsoDate => new Date(instant).toISOString().slice(0, 10);
export const addCalendarDays = (date: IsoDate, days: number): IsoDate => isoDateOf(toUtcMidnight(date) + days * dayMs);
/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: IsoDate): number => new Date(toUtcMidnight(date)).getUTCDay();
export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));
/** Whole calendar days from `from` to `to`, `to` excluded (negative when `to` is earlier). */
export const calendarDaysBetween = (from: IsoDate, to: IsoDate): number => Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / dayMs);

/** Every date from `start` to `end`, both included; none when `end` is before `start`. */
export function eachDate(start: IsoDate, end: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let date = start; date <= end; date = addCalendarDays(date, 1)) dates.push(date);
  return dates;
}

export const daysInYear = (year: number): number => calendarDaysBetween(`${year}-01-01`, `${year + 1}-01-01`);
