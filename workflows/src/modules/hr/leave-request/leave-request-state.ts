import { cancellationRefusal, decisionRefusal, isoDateOf, type LeaveStatus } from '@atrium/core';
import type { CancelLeaveInput, DecideLeaveInput, LeaveRequestProgress, LeaveRequestStart } from './messages';

/** A leave request's state and rules, free of Temporal: the rules themselves are core's. */
export class LeaveRequestState {
  status: LeaveStatus = 'pending';
  decidedBy: string | null = null;
  decidedAt: string | null = null;
  reminded = false;
  escalated = false;
  /** The decision or cancellation is in PostgreSQL: only then is the employee told. */
  settled = false;

  constructor(readonly request: LeaveRequestStart) {}

  get pending(): boolean {
    return this.status === 'pending';
  }

  get progress(): LeaveRequestProgress {
    return { status: this.status, decidedBy: this.decidedBy, decidedAt: this.decidedAt, reminded: this.reminded, escalated: this.escalated };
  }

  /** Throws, so that the update is refused before it enters the history. */
  validateDecision(input: DecideLeaveInput): void {
    if (input.decision !== 'approve' && input.decision !== 'reject') throw new Error('Decide approve or reject.');
    const refusal = decisionRefusal({
      status: this.status,
      employeeUserId: this.request.employeeUserId,
      managerUserId: this.request.managerUserId,
      decider: { userId: input.deciderUserId, isHrManager: input.deciderIsHrManager },
    });
    if (refusal) throw new Error(refusal);
  }

  /** Synchronous, so that a second decision arriving while the first is written is refused. */
  decide(input: DecideLeaveInput, at: Date): void {
    this.status = input.decision === 'approve' ? 'approved' : 'rejected';
    this.decidedBy = input.deciderUserId;
    this.decidedAt = at.toISOString();
  }

  validateCancellation(input: CancelLeaveInput, now: Date): void {
    const refusal = cancellationRefusal({
      status: this.status,
      employeeUserId: this.request.employeeUserId,
      byUserId: input.byUserId,
      startDate: this.request.startDate,
      today: isoDateOf(now),
    });
    if (refusal) throw new Error(refusal);
  }

  cancel(): void {
    this.status = 'cancelled';
  }
}
