import { addCalendarDays, calendarDaysBetween, type IsoDate } from '../hr/calendar-dates';

export const bucketSizes = ['day', 'week', 'month'] as const;
export type BucketSize = (typeof bucketSizes)[number];

/** A range of calendar days, both ends included, in UTC. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

export interface Bucket {
  start: IsoDate;
  /** The bucket's last day inside the range. */
  end: IsoDate;
}

/** The most buckets one figure may have (a year and a bit of days). */
export const maxBuckets = 400;

const monthStart = (date: IsoDate): IsoDate => `${date.slice(0, 7)}-01`;
const nextMonth = (date: IsoDate): IsoDate => {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
};
/** Weeks start on Monday (ISO 8601). */
const weekStart = (date: IsoDate): IsoDate => addCalendarDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));

/** The start of the bucket a day falls in. */
export function bucketStartOf(date: IsoDate, size: BucketSize): IsoDate {
  if (size === 'day') return date;
  return size === 'week' ? weekStart(date) : monthStart(date);
}

const nextBucketStart = (start: IsoDate, size: BucketSize): IsoDate => (size === 'day' ? addCalendarDays(start, 1) : size === 'week' ? addCalendarDays(start, 7) : nextMonth(start));

/** The buckets covering the range; the first and last are cut to the range. */
export function bucketsOf(range: DateRange, size: BucketSize): Bucket[] {
  const buckets: Bucket[] = [];
  for (let start = range.from; start <= range.to; ) {
    const next = nextBucketStart(bucketStartOf(start, size), size);
    const end = addCalendarDays(next, -1);
    buckets.push({ start, end: end < range.to ? end : range.to });
    start = next;
  }
  return buckets;
}

export const daysIn = (range: DateRange): number => calendarDaysBetween(range.from, range.to) + 1;

/**
 * The period a range is compared with: the same number of whole months before it when the
 * range is whole months, else the same number of days right before it.
 */
export function previousRange(range: DateRange): DateRange {
  const wholeMonths = range.from.endsWith('-01') && nextMonth(range.to) === addCalendarDays(range.to, 1);
  if (wholeMonths) {
    const months = (Number(range.to.slice(0, 4)) - Number(range.from.slice(0, 4))) * 12 + Number(range.to.slice(5, 7)) - Number(range.from.slice(5, 7)) + 1;
    let from = range.from;
    for (let i = 0; i < months; i += 1) from = monthStart(addCalendarDays(from, -1));
    return { from, to: addCalendarDays(range.from, -1) };
  }
  const days = daysIn(range);
  return { from: addCalendarDays(range.from, -days), to: addCalendarDays(range.from, -1) };
}

/** The ranges a widget offers; each ends today (UTC) or on the last whole period. */
export const rangePresets = ['last_7_days', 'last_30_days', 'last_90_days', 'last_12_months', 'this_month', 'last_month', 'this_year'] as const;
export type RangePreset = (typeof rangePresets)[number];

export const rangePresetLabels: Record<RangePreset, string> = {
  last_7_days: 'Last 7 days',
  last_30_days: 'Last 30 days',
  last_90_days: 'Last 90 days',
  last_12_months: 'Last 12 months',
  this_month: 'This month',
  last_month: 'Last month',
  this_year: 'This year',
};

export function rangeOf(preset: RangePreset, today: IsoDate): DateRange {
  switch (preset) {
    case 'last_7_days':
      return { from: addCalendarDays(today, -6), to: today };
    case 'last_30_days':
      return { from: addCalendarDays(today, -29), to: today };
    case 'last_90_days':
      return { from: addCalendarDays(today, -89), to: today };
    case 'last_12_months': {
      let from = monthStart(today);
      for (let i = 0; i < 11; i += 1) from = monthStart(addCalendarDays(from, -1));
      return { from, to: today };
    }
    case 'this_month':
      return { from: monthStart(today), to: today };
    case 'last_month': {
      const to = addCalendarDays(monthStart(today), -1);
      return { from: monthStart(to), to };
    }
    case 'this_year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

/** A range as whole months (the P&L's finest bucket): from the first of `from`'s month to the end of `to`'s. */
export const wholeMonthsOf = (range: DateRange): DateRange => ({ from: monthStart(range.from), to: addCalendarDays(nextMonth(range.to), -1) });

/** How many months back a range reaches from today, the current month counted (the plan's history limit). */
export function monthsOfHistory(range: DateRange, today: IsoDate): number {
  const months = (Number(today.slice(0, 4)) - Number(range.from.slice(0, 4))) * 12 + Number(today.slice(5, 7)) - Number(range.from.slice(5, 7)) + 1;
  return Math.max(1, months);
}
