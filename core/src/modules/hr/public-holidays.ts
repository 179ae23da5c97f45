import Holidays from 'date-holidays';
import type { IsoDate } from './calendar-dates';

export interface PublicHoliday {
  date: IsoDate;
  name: string;
}

/**
 * The country's nationwide public holidays in `year` (date-holidays' `public` type: banks
 * and offices closed), in English. A company without a country, or one the library does
 * not know, has none, and every weekday counts as a working day.
 *
 * Kept out of core's index: its data set is large and has no place in the workflow bundle
 * (the API computes the dates and hands them to the leave workflow).
 */
export function publicHolidays(country: string, year: number): PublicHoliday[] {
  if (!/^[A-Z]{2}$/.test(country)) return [];
  const calendar = new Holidays();
  if (!(country in calendar.getCountries())) return [];
  calendar.init(country);
  const seen = new Set<IsoDate>();
  const holidays: PublicHoliday[] = [];
  for (const holiday of calendar.getHolidays(year, 'en')) {
    if (holiday.type !== 'public') continue;
    const date = holiday.date.slice(0, 10);
    if (seen.has(date)) continue;
    seen.add(date);
    holidays.push({ date, name: holiday.name });
  }
  return holidays.sort((a, b) => a.date.localeCompare(b.date));
}

/** Holiday dates for every year a range touches (a leave over New Year spans two). */
export function publicHolidayDates(country: string, fromYear: number, toYear: number): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let year = fromYear; year <= toYear; year += 1) dates.push(...publicHolidays(country, year).map((holiday) => holiday.date));
  return dates;
}
