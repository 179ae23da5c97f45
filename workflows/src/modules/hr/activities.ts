import type { LeaveStatus } from '@atrium/core';

/** Which request, in which company: every HR activity is keyed by the request's id. */
export interface LeaveRequestKey {
  companyId: string;
  leaveRequestId: string;
}

/** What the leave workflow asks of the outside world; the worker implements it. */
export interface HrActivities {
  /** Writes the decision onto the request row (only while it is pending, so a retry changes nothing). */
  recordLeaveDecision(input: LeaveRequestKey & { status: Extract<LeaveStatus, 'approved' | 'rejected'>; decidedBy: string; decidedAt: string; note: string }): Promise<void>;
  recordLeaveCancellation(input: LeaveRequestKey & { cancelledAt: string }): Promise<void>;
  /** To the manager, two working days after the request: it is still waiting for them. */
  remindManagerOfLeave(input: LeaveRequestKey): Promise<void>;
  /** To the HR managers, five working days after the request: the manager has not decided. */
  escalateLeaveToHr(input: LeaveRequestKey): Promise<void>;
  /** To the employee: approved or rejected, by whom, with the note. */
  notifyEmployeeOfLeaveDecision(input: LeaveRequestKey): Promise<void>;
}
