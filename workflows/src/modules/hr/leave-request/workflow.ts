import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { addWorkingDays, toUtcMidnight } from '@atrium/core';
import type { HrActivities } from '../activities';
import { LeaveRequestState } from './leave-request-state';
import {
  cancelLeaveUpdate,
  decideLeaveUpdate,
  leaveEscalationAfterWorkingDays,
  leaveProgressQuery,
  leaveReminderAfterWorkingDays,
  type LeaveRequestProgress,
  type LeaveRequestStart,
} from './messages';

const hr = proxyActivities<HrActivities>({ startToCloseTimeout: '1 minute', retry: { maximumAttempts: 10 } });

/** Waits for `done` until `at`; true when it came true, false when the time came first. */
async function waitUntil(done: () => boolean, at: Date): Promise<boolean> {
  const wait = at.getTime() - Date.now();
  if (wait <= 0) return done();
  return condition(done, wait);
}

/**
 * `leave-request:{id}`: one employee's request for leave, from asking to its first day.
 * The manager (or an HR manager) approves or rejects it by an update; two working days
 * without a decision remind the manager, five tell the HR managers. The employee hears
 * the decision, and may cancel until the leave starts. Every write is keyed by the
 * request's id: an activity run twice writes the same row and sends one notice.
 */
export async function leaveRequestWorkflow(request: LeaveRequestStart): Promise<LeaveRequestProgress> {
  const state = new LeaveRequestState(request);
  const key = { companyId: request.companyId, leaveRequestId: request.leaveRequestId };

  setHandler(leaveProgressQuery, () => state.progress);
  setHandler(
    decideLeaveUpdate,
    async (input) => {
      state.decide(input, new Date());
      // The person deciding waits for this: when the API answers, PostgreSQL holds the decision.
      await hr.recordLeaveDecision({ ...key, status: state.status as 'approved' | 'rejected', decidedBy: input.deciderUserId, decidedAt: state.decidedAt!, note: input.note });
      state.settled = true;
      return state.progress;
    },
    { validator: (input) => state.validateDecision(input) },
  );
  setHandler(
    cancelLeaveUpdate,
    async () => {
      state.cancel();
      await hr.recordLeaveCancellation({ ...key, cancelledAt: new Date().toISOString() });
      state.settled = true;
      return state.progress;
    },
    { validator: (input) => state.validateCancellation(input, new Date()) },
  );

  const submittedAt = new Date(request.submittedAt);
  if (!(await waitUntil(() => !state.pending, addWorkingDays(submittedAt, leaveReminderAfterWorkingDays, request.holidays)))) {
    state.reminded = true;
    await hr.remindManagerOfLeave(key);
  }
  if (state.pending && !(await waitUntil(() => !state.pending, addWorkingDays(submittedAt, leaveEscalationAfterWorkingDays, request.holidays)))) {
    state.escalated = true;
    await hr.escalateLeaveToHr(key);
  }
  // Settled, not merely decided: the notice reads the decision from the row its update writes.
  await condition(() => state.settled);

  if (state.status === 'approved' || state.status === 'rejected') {
    await hr.notifyEmployeeOfLeaveDecision(key);
  }
  if (state.status === 'approved') {
    // Approved leave may still be cancelled by the employee until its first day.
    await waitUntil(() => state.status === 'cancelled', new Date(toUtcMidnight(request.startDate)));
  }
  await condition(allHandlersFinished);
  return state.progress;
}
