import { monthsPerCycle, type BillingCycle } from './cycles';

/**
 * The billing calendar, in whole UTC days. A day is an ISO date string, 'YYYY-MM-DD', so
 * that periods survive JSON (API responses, workflow state) unchanged.
 *
 * Periods are anchored on the day the subscription started and always computed from that
 * anchor, never from the previous period's end: a subscription started on 31 January
 * renews on 28 (or 29) February, then on 31 March. A day that does not exist in a month
 * is clamped to the month's last day. Annual periods likewise: 29 February renews on
 * 28 February in years without one.
 */
export type CalendarDay = string;

/** One billing period: from `start` (00:00 UTC) up to, not including, `end` (00:00 UTC). */
export interface BillingPeriod {
  anchor: CalendarDay;
  cycle: BillingCycle;
  /** 0 for the first period after the anchor. */
  index: number;
  start: CalendarDay;
  /** The first day of the next period: the renewal day. */
  end: CalendarDay;
  /** Days in the period: end − start. */
  days: number;
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

interface YearMonthDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // setUTCFullYear, unlike Date.UTC, keeps years 0–99
  return date;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatDay({ year, month, day }: YearMonthDay): CalendarDay {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function parseDay(day: CalendarDay): YearMonthDay {
  const match = dayPattern.exec(day);
  if (match) {
    const parsed = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    const date = utcMidnight(parsed.year, parsed.month, parsed.day);
    if (date.getUTCMonth() === parsed.month - 1 && date.getUTCDate() === parsed.day) return parsed;
  }
  throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`);
}

/** The UTC calendar day of an instant, or a day string checked and passed through. */
export function calendarDay(at: Date | CalendarDay): CalendarDay {
  if (typeof at === 'string') return formatDay(parseDay(at));
  if (Number.isNaN(at.getTime())) throw new RangeError('Invalid date');
  return formatDay({ year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() });
}

/** 00:00 UTC of a day, for storing as a timestamp. */
export function startOfDay(day: CalendarDay): Date {
  const { year, month, day: dayOfMonth } = parseDay(day);
  return utcMidnight(year, month, dayOfMonth);
}

function epochDay(day: CalendarDay): number {
  return startOfDay(day).getTime() / msPerDay;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date | CalendarDay, to: Date | CalendarDay): number {
  return epochDay(calendarDay(to)) - epochDay(calendarDay(from));
}

export function addDays(day: Date | CalendarDay, days: number): CalendarDay {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Whole days only; got ${days}`);
  const date = startOfDay(calendarDay(day));
  date.setUTCDate(date.getUTCDate() + days);
  return calendarDay(date);
}

function daysInMonth(year: number, month: number): number {
  return utcMidnight(year, month + 1, 0).getUTCDate();
}

/** `months` after the anchor, on the anchor's day of month, clamped to the month's end. */
function addMonthsClamped(anchor: YearMonthDay, months: number): CalendarDay {
  const monthIndex = anchor.year * 12 + (anchor.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return formatDay({ year, month, day: Math.min(anchor.day, daysInMonth(year, month)) });
}

function checkIndex(index: number): void {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`A period index is a whole number ≥ 0; got ${index}`);
}

/** The first day of period `index` (0 = the anchor itself). */
export function periodStart(anchor: Date | CalendarDay, cycle: BillingCycle, index: number): CalendarDay {
  checkIndex(index);
  return addMonthsClamped(parseDay(calendarDay(anchor)), index * monthsPerCycle[cycle]);
}

/** The day period `index` ends on (exclusive), which is the next period's start. */
export function periodEnd(anchor: Date | CalendarDay, cycle: BillingCycle, index: number): CalendarDay {
  checkIndex(index);
  return periodStart(anchor, cycle, index + 1);
}

export function billingPeriod(anchor: Date | CalendarDay, cycle: BillingCycle, index: number): BillingPeriod {
  const anchorDay = calendarDay(anchor);
  const start = periodStart(anchorDay, cycle, index);
  const end = periodEnd(anchorDay, cycle, index);
  return { anchor: anchorDay, cycle, index, start, end, days: daysBetween(start, end) };
}

/** The period that `at` falls in; `at` may not be before the anchor. */
export function periodContaining(anchor: Date | CalendarDay, cycle: BillingCycle, at: Date | CalendarDay): BillingPeriod {
  const anchorDay = parseDay(calendarDay(anchor));
  const atDay = calendarDay(at);
  if (daysBetween(formatDay(anchorDay), atDay) < 0) {
    throw new RangeError(`${atDay} is before the subscription started on ${formatDay(anchorDay)}`);
  }
  const { year, month } = parseDay(atDay);
  const monthsSinceAnchor = (year - anchorDay.year) * 12 + (month - anchorDay.month);
  // The period starting in at's month (or the cycle's month before it) may start later in
  // that month than `at`, when at's day of month is before the anchor's.
  let index = Math.floor(monthsSinceAnchor / monthsPerCycle[cycle]);
  if (daysBetween(periodStart(formatDay(anchorDay), cycle, index), atDay) < 0) index -= 1;
  return billingPeriod(formatDay(anchorDay), cycle, index);
}

export function nextPeriod(period: BillingPeriod): BillingPeriod {
  return billingPeriod(period.anchor, period.cycle, period.index + 1);
}

export function isWithinPeriod(period: BillingPeriod, at: Date | CalendarDay): boolean {
  const day = calendarDay(at);
  return daysBetween(period.start, day) >= 0 && daysBetween(day, period.end) > 0;
}

/**
 * Days left in the period counting the day of `at` itself: a change on the first day
 * leaves all `period.days`, one on the last day leaves 1.
 */
export function remainingDays(period: BillingPeriod, at: Date | CalendarDay): number {
  if (!isWithinPeriod(period, at)) {
    throw new RangeError(`${calendarDay(at)} is outside the period ${period.start} – ${period.end}`);
  }
  return daysBetween(at, period.end);
}
