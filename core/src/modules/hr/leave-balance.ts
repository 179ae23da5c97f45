import { calendarDaysBetween, daysInYear, eachDate, yearOf, type IsoDate } from './calendar-dates';
import { isWorkingDay, type HolidayDates } from './working-days';

export const leaveStatuses = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type LeaveStatus = (typeof leaveStatuses)[number];

export interface LeaveBooking {
  startDate: IsoDate;
  endDate: IsoDate;
  status: LeaveStatus;
}

export interface LeaveBalanceInput {
  /** The leave type's yearly allowance; null where the law or the case decides (sick leave). */
  daysPerYear: number | null;
  year: number;
  /** The employee's first day; a joiner during the year gets the allowance pro rata. */
  employeeStartDate: IsoDate;
  today: IsoDate;
  /** The employee's requests of this leave type (any year: only days in `year` count). */
  bookings: readonly LeaveBooking[];
  holidays: HolidayDates;
}

export interface LeaveBalance {
  year: number;
  /** Null: no yearly allowance, the days are only counted. */
  allowance: number | null;
  /** Approved days up to and including today. */
  taken: number;
  /** Approved days after today. */
  booked: number;
  /** Days of requests still waiting for a decision. */
  pending: number;
  /** allowance − taken − booked; null without an allowance. */
  remaining: number | null;
}

/** Rounded to the nearest half day, halves up: 12.6 days is 12.5, 12.75 is 13. */
export const roundToHalfDay = (days: number): number => Math.round(days * 2) / 2;

/**
 * The allowance for `year` of someone who started on `startDate`: all of it for people who
 * were there on 1 January, none before they start, and for a joiner the share of the
 * year's calendar days from their first day to 31 December (their first day included).
 */
export function proRataAllowance(daysPerYear: number, year: number, startDate: IsoDate): number {
  const startYear = yearOf(startDate);
  if (startYear < year) return daysPerYear;
  if (startYear > year) return 0;
  const daysEmployed = calendarDaysBetween(startDate, `${year + 1}-01-01`);
  return roundToHalfDay((daysPerYear * daysEmployed) / daysInYear(year));
}

/** The working days of a booking that fall in `year` (a leave over New Year counts in both). */
export function leaveDaysInYear(booking: Pick<LeaveBooking, 'startDate' | 'endDate'>, year: number, holidays: HolidayDates): IsoDate[] {
  const from = booking.startDate > `${year}-01-01` ? booking.startDate : `${year}-01-01`;
  const to = booking.endDate < `${year}-12-31` ? booking.endDate : `${year}-12-31`;
  const set = holidays instanceof Set ? holidays : new Set(holidays);
  return eachDate(from, to).filter((date) => isWorkingDay(date, set));
}

/** An employee's balance of one leave type in one year, to the day. */
export function leaveBalance(input: LeaveBalanceInput): LeaveBalance {
  const holidays = input.holidays instanceof Set ? input.holidays : new Set(input.holidays);
  let taken = 0;
  let booked = 0;
  let pending = 0;
  for (const booking of input.bookings) {
    if (booking.status !== 'approved' && booking.status !== 'pending') continue;
    for (const date of leaveDaysInYear(booking, input.year, holidays)) {
      if (booking.status === 'pending') pending += 1;
      else if (date <= input.today) taken += 1;
      else booked += 1;
    }
  }
  const allowance = input.daysPerYear === null ? null : proRataAllowance(input.daysPerYear, input.year, input.employeeStartDate);
  return { year: input.year, allowance, taken, booked, pending, remaining: allowance === null ? null : allowance - taken - booked };
}
