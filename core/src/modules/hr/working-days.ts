import { addCalendarDays, eachDate, isoDateOf, toUtcMidnight, weekdayOf, type IsoDate } from './calendar-dates';

/** The company's public holidays, as dates; leave is never counted on them. */
export type HolidayDates = ReadonlySet<IsoDate> | readonly IsoDate[];

const asSet = (holidays: HolidayDates): ReadonlySet<IsoDate> => (holidays instanceof Set ? holidays : new Set(holidays as readonly IsoDate[]));

/** Monday to Friday, and not a public holiday of the company's country. */
export function isWorkingDay(date: IsoDate, holidays: HolidayDates = []): boolean {
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6 && !asSet(holidays).has(date);
}

/** The working days a leave from `start` to `end` (both included) takes. */
export function workingDaysIn(start: IsoDate, end: IsoDate, holidays: HolidayDates = []): IsoDate[] {
  const set = asSet(holidays);
  return eachDate(start, end).filter((date) => isWorkingDay(date, set));
}

/**
 * The instant `count` working days after `from`, at the same time of day: a request sent
 * on Friday at 10:00 is two working days old on Tuesday at 10:00. Weekends and holidays
 * do not count, so a manager is never chased for a day nobody works.
 */
export function addWorkingDays(from: Date, count: number, holidays: HolidayDates = []): Date {
  const set = asSet(holidays);
  const startDate = isoDateOf(from);
  const timeOfDay = from.getTime() - toUtcMidnight(startDate);
  let date = startDate;
  for (let counted = 0; counted < count; ) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date, set)) counted += 1;
  }
  return new Date(toUtcMidnight(date) + timeOfDay);
}
