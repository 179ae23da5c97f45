import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { IsoDate, LeaveStatus } from '@atrium/core';

export const leaveRequestWorkflowId = (leaveRequestId: string) => `leave-request:${leaveRequestId}`;

export interface LeaveRequestStart {
  companyId: string;
  leaveRequestId: string;
  /** The account of the employee's member; null for a record no member is linked to. */
  employeeUserId: string | null;
  /** The account of the employee's manager's member, when there is one. */
  managerUserId: string | null;
  startDate: IsoDate;
  endDate: IsoDate;
  /** When it was asked for (ISO instant): the reminder and escalation count working days from it. */
  submittedAt: string;
  /** The company country's public holidays around the request, computed by the API: no working day is one of them. */
  holidays: IsoDate[];
}

export interface DecideLeaveInput {
  decision: 'approve' | 'reject';
  note: string;
  deciderUserId: string;
  /** The decider's module role allows managing HR (an HR manager, an owner or an admin). */
  deciderIsHrManager: boolean;
}

export interface CancelLeaveInput {
  byUserId: string;
}

export interface LeaveRequestProgress {
  status: LeaveStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  reminded: boolean;
  escalated: boolean;
}

export const decideLeaveUpdate = defineUpdate<LeaveRequestProgress, [DecideLeaveInput]>('decideLeave');
export const cancelLeaveUpdate = defineUpdate<LeaveRequestProgress, [CancelLeaveInput]>('cancelLeave');
export const leaveProgressQuery = defineQuery<LeaveRequestProgress>('leaveProgress');

/** Working days after the request at which the manager is reminded, then HR is told. */
export const leaveReminderAfterWorkingDays = 2;
export const leaveEscalationAfterWorkingDays = 5;
