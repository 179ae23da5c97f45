import { describe, expect, it } from 'vitest';
import { cancellationRefusal, decisionRefusal, leaveRequestProblem } from './leave-rules';

const balance = { year: 2026, allowance: 25, taken: 10, booked: 5, pending: 3, remaining: 10 };

describe('who may request, decide and cancel leave', () => {
  it('a request fits while the days left after pending ones cover it', () => {
    expect(leaveRequestProblem({ startDate: '2026-07-06', endDate: '2026-07-14', days: 7, balance })).toBeNull();
    expect(leaveRequestProblem({ startDate: '2026-07-06', endDate: '2026-07-15', days: 8, balance })).toMatchObject({
      error: 'insufficient_balance',
      message: 'This leave takes 8 working days; you have 7 left this year after the 3 waiting for approval.',
    });
  });

  it('refuses backwards dates and leave made only of weekends; sick leave has no ceiling', () => {
    expect(leaveRequestProblem({ startDate: '2026-07-10', endDate: '2026-07-06', days: 0, balance })?.error).toBe('invalid_dates');
    expect(leaveRequestProblem({ startDate: '2026-07-11', endDate: '2026-07-12', days: 0, balance })?.error).toBe('no_working_days');
    expect(leaveRequestProblem({ startDate: '2026-07-06', endDate: '2026-08-28', days: 40, balance: { ...balance, allowance: null, remaining: null } })).toBeNull();
  });

  const pending = { status: 'pending' as const, employeeUserId: 'emp', managerUserId: 'boss' };

  it('the manager or an HR manager decides; a colleague and the employee do not', () => {
    expect(decisionRefusal({ ...pending, decider: { userId: 'boss', isHrManager: false } })).toBeNull();
    expect(decisionRefusal({ ...pending, decider: { userId: 'hr', isHrManager: true } })).toBeNull();
    expect(decisionRefusal({ ...pending, decider: { userId: 'colleague', isHrManager: false } })).toMatch(/Only the employee's manager or an HR manager/);
    expect(decisionRefusal({ ...pending, decider: { userId: 'emp', isHrManager: true } })).toMatch(/Nobody approves their own leave/);
  });

  it('a decided request cannot be decided again, not even by HR', () => {
    expect(decisionRefusal({ ...pending, status: 'approved', decider: { userId: 'hr', isHrManager: true } })).toBe('This request is already approved; it cannot be decided again.');
  });

  it('the employee cancels before the first day, not on it, and nobody else cancels', () => {
    const request = { status: 'approved' as const, employeeUserId: 'emp', startDate: '2026-07-06' };
    expect(cancellationRefusal({ ...request, byUserId: 'emp', today: '2026-07-05' })).toBeNull();
    expect(cancellationRefusal({ ...request, byUserId: 'emp', today: '2026-07-06' })).toMatch(/already started/);
    expect(cancellationRefusal({ ...request, byUserId: 'boss', today: '2026-07-01' })).toMatch(/Only the employee/);
    expect(cancellationRefusal({ ...request, status: 'rejected', byUserId: 'emp', today: '2026-07-01' })).toBe('This request is already rejected.');
  });
});
