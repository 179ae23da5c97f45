import { addCalendarDays, eachDate, weekdayOf, type IsoDate } from '@atrium/core';
import type { Absence, TeamCalendar } from '../types';

/** One day of the month grid, with who is away on it. */
export interface CalendarDay {
  date: IsoDate;
  day: number;
  inMonth: boolean;
  weekend: boolean;
  today: boolean;
  holiday: string | null;
  away: Pick<Absence, 'leaveRequestId' | 'employeeId' | 'employeeName' | 'leaveTypeName' | 'status'>[];
}

/** A month as `YYYY-MM`: the one asked for, else the current one. */
export function monthOf(asked: string | null, today: IsoDate): string {
  return asked && /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) && asked >= '2000-01' && asked <= '2100-12' ? asked : today.slice(0, 7);
}

export function shiftMonth(month: string, by: number): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, index - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

/** The Monday-to-Sunday weeks that hold the month: the range the calendar asks the API for. */
export function gridRange(month: string): { from: IsoDate; to: IsoDate } {
  const first = `${month}-01`;
  const last = addCalendarDays(`${shiftMonth(month, 1)}-01`, -1);
  const from = addCalendarDays(first, -((weekdayOf(first) + 6) % 7));
  const to = addCalendarDays(last, (7 - weekdayOf(last)) % 7);
  return { from, to };
}

/**
 * The weeks of the month with each day's absences. People are away on the working days of
 * their leave: weekends and public holidays are not counted as leave, so they show nobody.
 */
export function monthGrid(month: string, calendar: TeamCalendar, today: IsoDate): CalendarDay[][] {
  const { from, to } = gridRange(month);
  const holidays = new Map(calendar.holidays.map((holiday) => [holiday.date, holiday.name]));
  const days = eachDate(from, to).map((date): CalendarDay => {
    const weekend = [0, 6].includes(weekdayOf(date));
    const holiday = holidays.get(date) ?? null;
    return {
      date,
      day: Number(date.slice(8)),
      inMonth: date.startsWith(month),
      weekend,
      today: date === today,
      holiday,
      away: weekend || holiday
        ? []
        : calendar.absences
            .filter((absence) => absence.startDate <= date && absence.endDate >= date)
            .map(({ leaveRequestId, employeeId, employeeName, leaveTypeName, status }) => ({ leaveRequestId, employeeId, employeeName, leaveTypeName, status })),
    };
  });
  const weeks: CalendarDay[][] = [];
  for (let start = 0; start < days.length; start += 7) weeks.push(days.slice(start, start + 7));
  return weeks;
}
