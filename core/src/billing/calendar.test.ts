import { describe, expect, it } from 'vitest';
import {
  addDays,
  billingPeriod,
  calendarDay,
  daysBetween,
  nextPeriod,
  periodContaining,
  periodEnd,
  periodStart,
  remainingDays,
  startOfDay,
} from './calendar';

describe('the billing calendar', () => {
  it('a subscription started on 31 January renews on the last day of short months, and back on the 31st', () => {
    const starts = Array.from({ length: 13 }, (_, index) => periodStart('2026-01-31', 'monthly', index));
    expect(starts).toEqual([
      '2026-01-31',
      '2026-02-28', // February 2026 has 28 days
      '2026-03-31', // from the anchor, not from 28 February
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
      '2027-01-31',
    ]);
  });

  it('in a leap year the same subscription renews on 29 February', () => {
    expect(periodStart('2028-01-31', 'monthly', 1)).toBe('2028-02-29');
    expect(periodStart('2028-01-31', 'monthly', 2)).toBe('2028-03-31');
    // 30 January: 28 Feb in 2026, 29 Feb in 2028
    expect(periodStart('2026-01-30', 'monthly', 1)).toBe('2026-02-28');
    expect(periodStart('2028-01-30', 'monthly', 1)).toBe('2028-02-29');
  });

  it('periods have the lengths of their months', () => {
    // 31 Jan → 28 Feb: 28 days; 28 Feb → 31 Mar: 31 days; 31 Mar → 30 Apr: 30 days
    expect(billingPeriod('2026-01-31', 'monthly', 0)).toEqual({
      anchor: '2026-01-31', cycle: 'monthly', index: 0, start: '2026-01-31', end: '2026-02-28', days: 28,
    });
    expect(billingPeriod('2026-01-31', 'monthly', 1).days).toBe(31);
    expect(billingPeriod('2026-01-31', 'monthly', 2).days).toBe(30);
    // 1 Feb → 1 Mar 2028 (leap year): 29 days
    expect(billingPeriod('2028-02-01', 'monthly', 0).days).toBe(29);
  });

  it('a year of periods from 31 January covers exactly 365 days, without gaps', () => {
    let period = billingPeriod('2026-01-31', 'monthly', 0);
    let total = period.days;
    for (let i = 1; i < 12; i += 1) {
      const next = nextPeriod(period);
      expect(next.start).toBe(period.end);
      period = next;
      total += period.days;
    }
    expect(period.end).toBe('2027-01-31');
    // 31 Jan 2026 → 31 Jan 2027, no 29 February in between
    expect(total).toBe(365);
  });

  it('an annual subscription started on 29 February renews on 28 February until the next leap year', () => {
    expect([1, 2, 3, 4].map((i) => periodStart('2024-02-29', 'annual', i))).toEqual([
      '2025-02-28',
      '2026-02-28',
      '2027-02-28',
      '2028-02-29',
    ]);
    // 29 Feb 2024 → 28 Feb 2025 is 365 days; 28 Feb 2027 → 29 Feb 2028 is 366
    expect(billingPeriod('2024-02-29', 'annual', 0).days).toBe(365);
    expect(billingPeriod('2024-02-29', 'annual', 3).days).toBe(366);
  });

  it('annual periods are 365 or 366 days long', () => {
    expect(billingPeriod('2026-03-15', 'annual', 0)).toMatchObject({ start: '2026-03-15', end: '2027-03-15', days: 365 });
    // includes 29 Feb 2028
    expect(billingPeriod('2027-03-15', 'annual', 0).days).toBe(366);
  });

  it('periodEnd is the next period’s start', () => {
    expect(periodEnd('2026-01-31', 'monthly', 0)).toBe('2026-02-28');
    expect(periodEnd('2026-01-31', 'annual', 0)).toBe('2027-01-31');
  });

  it('finds the period an instant falls in, in UTC', () => {
    // anchored on the 31st; 15 March is in the period that started on 28 February
    expect(periodContaining('2026-01-31', 'monthly', new Date('2026-03-15T12:00:00Z'))).toMatchObject({
      index: 1, start: '2026-02-28', end: '2026-03-31', days: 31,
    });
    // 30 March 23:59 UTC is still that period; 31 March 00:00 UTC is the next one
    expect(periodContaining('2026-01-31', 'monthly', new Date('2026-03-30T23:59:59Z')).index).toBe(1);
    expect(periodContaining('2026-01-31', 'monthly', new Date('2026-03-31T00:00:00Z')).index).toBe(2);
    // 31 March 01:00 in Berlin is still 30 March in UTC
    expect(periodContaining('2026-01-31', 'monthly', new Date('2026-03-31T01:00:00+02:00')).index).toBe(1);
    // the anchor day itself is period 0
    expect(periodContaining('2026-01-31', 'monthly', '2026-01-31').index).toBe(0);
    // 10 January 2027 is in the period of 31 Dec 2026 – 31 Jan 2027
    expect(periodContaining('2026-01-31', 'monthly', '2027-01-10')).toMatchObject({ index: 11, start: '2026-12-31' });
  });

  it('finds annual periods', () => {
    expect(periodContaining('2024-02-29', 'annual', '2026-02-27')).toMatchObject({ index: 1, start: '2025-02-28', end: '2026-02-28' });
    expect(periodContaining('2024-02-29', 'annual', '2026-02-28')).toMatchObject({ index: 2, start: '2026-02-28', end: '2027-02-28' });
    expect(periodContaining('2026-06-15', 'annual', '2027-06-14').index).toBe(0);
  });

  it('refuses an instant before the subscription started', () => {
    expect(() => periodContaining('2026-01-31', 'monthly', '2026-01-30')).toThrow(/before the subscription started/);
  });

  it('counts remaining days including the day of the change', () => {
    // April 2026 has 30 days; from 14 April to 1 May: 17 days
    const april = billingPeriod('2026-04-01', 'monthly', 0);
    expect(remainingDays(april, new Date('2026-04-14T16:30:00Z'))).toBe(17);
    expect(remainingDays(april, '2026-04-01')).toBe(30);
    expect(remainingDays(april, '2026-04-30')).toBe(1);
    expect(() => remainingDays(april, '2026-05-01')).toThrow(/outside the period/);
    expect(() => remainingDays(april, '2026-03-31')).toThrow(/outside the period/);
  });

  it('converts between instants and days', () => {
    expect(calendarDay(new Date('2026-12-31T23:59:59.999Z'))).toBe('2026-12-31');
    expect(startOfDay('2026-02-28').toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(daysBetween('2026-02-28', '2026-03-31')).toBe(31);
    expect(daysBetween('2026-03-31', '2026-02-28')).toBe(-31);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });

  it('refuses days that do not exist', () => {
    expect(() => calendarDay('2026-02-29')).toThrow(/Not a calendar day/);
    expect(() => calendarDay('2026-2-1')).toThrow(/Not a calendar day/);
    expect(() => calendarDay(new Date('nonsense'))).toThrow(/Invalid date/);
    expect(() => periodStart('2026-01-31', 'monthly', -1)).toThrow(RangeError);
  });
});
