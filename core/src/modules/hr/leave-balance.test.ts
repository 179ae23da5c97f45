import { describe, expect, it } from 'vitest';
import { leaveBalance, proRataAllowance, type LeaveBooking } from './leave-balance';

const annual = (bookings: LeaveBooking[], overrides: Partial<Parameters<typeof leaveBalance>[0]> = {}) =>
  leaveBalance({ daysPerYear: 25, year: 2026, employeeStartDate: '2020-05-01', today: '2026-06-15', bookings, holidays: [], ...overrides });

describe('leave balances, to the day', () => {
  it('someone there all year has the whole allowance and nothing taken', () => {
    expect(annual([])).toEqual({ year: 2026, allowance: 25, taken: 0, booked: 0, pending: 0, remaining: 25 });
  });

  it('approved days up to today are taken, later ones booked; pending ones are counted apart', () => {
    const balance = annual([
      { startDate: '2026-06-08', endDate: '2026-06-12', status: 'approved' }, // 5 days, all before today
      { startDate: '2026-06-15', endDate: '2026-06-16', status: 'approved' }, // today is taken, tomorrow booked
      { startDate: '2026-08-03', endDate: '2026-08-07', status: 'pending' },
      { startDate: '2026-09-01', endDate: '2026-09-02', status: 'rejected' },
      { startDate: '2026-10-01', endDate: '2026-10-02', status: 'cancelled' },
    ]);
    expect(balance).toEqual({ year: 2026, allowance: 25, taken: 6, booked: 1, pending: 5, remaining: 18 });
  });

  it('public holidays and weekends inside a leave are not taken from the allowance', () => {
    const balance = annual([{ startDate: '2026-04-02', endDate: '2026-04-08', status: 'approved' }], { holidays: ['2026-04-03', '2026-04-06'] });
    expect(balance.taken).toBe(3);
    expect(balance.remaining).toBe(22);
  });

  it('a leave over New Year counts in each year only its own days', () => {
    const booking: LeaveBooking = { startDate: '2026-12-28', endDate: '2027-01-08', status: 'approved' };
    expect(annual([booking], { today: '2026-12-01' }).booked).toBe(4);
    expect(annual([booking], { year: 2027, today: '2026-12-01' }).booked).toBe(6);
  });

  it('a joiner on 1 July gets 184 of 365 days’ share: 12.6 rounds to 12.5', () => {
    expect(proRataAllowance(25, 2026, '2026-07-01')).toBe(12.5);
    expect(annual([], { employeeStartDate: '2026-07-01' }).allowance).toBe(12.5);
  });

  it('pro rata to the day: a joiner on 1 October gets 6.5, on 31 December 0 (0.07 rounds down), on 1 January all of it', () => {
    expect(proRataAllowance(25, 2026, '2026-10-01')).toBe(6.5); // 92/365 × 25 = 6.30
    expect(proRataAllowance(25, 2026, '2026-12-31')).toBe(0); // 1/365 × 25 = 0.07
    expect(proRataAllowance(25, 2026, '2026-12-24')).toBe(0.5); // 8/365 × 25 = 0.55
    expect(proRataAllowance(25, 2026, '2026-01-01')).toBe(25);
    expect(proRataAllowance(25, 2026, '2026-01-02')).toBe(25); // 364/365 × 25 = 24.93
  });

  it('in a leap year the share is of 366 days', () => {
    expect(proRataAllowance(20, 2028, '2028-07-01')).toBe(10); // 184/366 × 20 = 10.05
    expect(proRataAllowance(30, 2028, '2028-03-01')).toBe(25); // 306/366 × 30 = 25.08
  });

  it('nothing before someone starts, everything in the years after', () => {
    expect(annual([], { employeeStartDate: '2027-02-01' }).allowance).toBe(0);
    expect(annual([], { employeeStartDate: '2025-11-01' }).allowance).toBe(25);
  });

  it('a leave type without an allowance counts days but has no remaining', () => {
    const balance = annual([{ startDate: '2026-03-02', endDate: '2026-03-03', status: 'approved' }], { daysPerYear: null });
    expect(balance).toEqual({ year: 2026, allowance: null, taken: 2, booked: 0, pending: 0, remaining: null });
  });
});
