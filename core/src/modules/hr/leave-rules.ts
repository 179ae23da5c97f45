import type { IsoDate } from './calendar-dates';
import type { LeaveBalance, LeaveStatus } from './leave-balance';

/** Why a leave request cannot be made, in words the employee can act on; null when it can. */
export function leaveRequestProblem(input: {
  startDate: IsoDate;
  endDate: IsoDate;
  /** Working days it takes (weekends and public holidays left out). */
  days: number;
  /** The balance of its type in the year it starts; pending requests already hold their days. */
  balance: LeaveBalance;
}): { error: string; message: string } | null {
  if (input.endDate < input.startDate) return { error: 'invalid_dates', message: 'The last day of leave is before the first.' };
  if (input.days === 0) return { error: 'no_working_days', message: 'These dates are all weekends or public holidays; there is no leave to take.' };
  const { remaining, pending } = input.balance;
  if (remaining !== null && input.days > remaining - pending) {
    const left = remaining - pending;
    return {
      error: 'insufficient_balance',
      message: `This leave takes ${input.days} working day${input.days === 1 ? '' : 's'}; you have ${left} left this year${pending > 0 ? ` after the ${pending} waiting for approval` : ''}.`,
    };
  }
  return null;
}

export interface LeaveDecider {
  userId: string;
  /** HR managers (module role manager, or the company's owners and admins) decide any request. */
  isHrManager: boolean;
}

/**
 * Who may approve or reject: the employee's manager or an HR manager, never the employee
 * themself, and only while the request is pending (a decided request stays decided).
 */
export function decisionRefusal(input: { status: LeaveStatus; employeeUserId: string | null; managerUserId: string | null; decider: LeaveDecider }): string | null {
  if (input.status !== 'pending') return `This request is already ${input.status}; it cannot be decided again.`;
  if (input.decider.userId === input.employeeUserId) return 'Nobody approves their own leave; their manager or an HR manager does.';
  if (input.decider.userId !== input.managerUserId && !input.decider.isHrManager) return "Only the employee's manager or an HR manager may decide this request.";
  return null;
}

/** The employee withdraws their own request, pending or approved, until its first day. */
export function cancellationRefusal(input: { status: LeaveStatus; employeeUserId: string | null; byUserId: string; startDate: IsoDate; today: IsoDate }): string | null {
  if (input.byUserId !== input.employeeUserId) return 'Only the employee who asked for this leave may cancel it.';
  if (input.status !== 'pending' && input.status !== 'approved') return `This request is already ${input.status}.`;
  if (input.today >= input.startDate) return 'This leave has already started; ask your manager or HR to change it.';
  return null;
}
