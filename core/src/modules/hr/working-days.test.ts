import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysIn } from './working-days';
import { publicHolidayDates, publicHolidays } from './public-holidays';

describe('working days: Monday to Friday, public holidays left out', () => {
  it('a week of leave from Monday to Friday is five days, a weekend none', () => {
    expect(workingDaysIn('2026-03-09', '2026-03-13')).toHaveLength(5);
    expect(workingDaysIn('2026-03-14', '2026-03-15')).toHaveLength(0);
    expect(workingDaysIn('2026-03-13', '2026-03-16')).toEqual(['2026-03-13', '2026-03-16']);
  });

  it('Easter week in Germany takes three days, not five: Good Friday and Easter Monday are holidays', () => {
    const holidays = publicHolidayDates('DE', 2026, 2026);
    expect(workingDaysIn('2026-04-02', '2026-04-08', holidays)).toEqual(['2026-04-02', '2026-04-07', '2026-04-08']);
  });

  it('Christmas to New Year in the UK: the 28th is the Boxing Day substitute', () => {
    const holidays = publicHolidayDates('GB', 2026, 2027);
    expect(workingDaysIn('2026-12-24', '2027-01-04', holidays)).toEqual(['2026-12-24', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-04']);
  });

  it('knows the company country’s holidays by name, and none for a company without a country', () => {
    expect(publicHolidays('FR', 2026).find((holiday) => holiday.date === '2026-07-14')?.name).toBe('Bastille Day');
    expect(publicHolidays('', 2026)).toEqual([]);
    expect(publicHolidays('ZZ', 2026)).toEqual([]);
    expect(isWorkingDay('2026-07-14', publicHolidayDates('FR', 2026, 2026))).toBe(false);
    expect(isWorkingDay('2026-07-14', publicHolidayDates('DE', 2026, 2026))).toBe(true);
  });

  it('two working days after Friday 10:00 is Tuesday 10:00; five is the next Friday', () => {
    const friday = new Date('2026-03-13T10:00:00Z');
    expect(addWorkingDays(friday, 2).toISOString()).toBe('2026-03-17T10:00:00.000Z');
    expect(addWorkingDays(friday, 5).toISOString()).toBe('2026-03-20T10:00:00.000Z');
  });

  it('a holiday pushes the reminder a day later; a request sent on Saturday counts from Monday', () => {
    const thursdayBeforeEaster = new Date('2026-04-02T09:30:00Z');
    expect(addWorkingDays(thursdayBeforeEaster, 2, ['2026-04-03', '2026-04-06']).toISOString()).toBe('2026-04-08T09:30:00.000Z');
    expect(addWorkingDays(new Date('2026-03-14T12:00:00Z'), 2).toISOString()).toBe('2026-03-17T12:00:00.000Z');
  });
});
