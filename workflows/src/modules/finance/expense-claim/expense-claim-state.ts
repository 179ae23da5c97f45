import { claimDecisionRefusal, reimbursementRefusal, type ApprovalStage, type ClaimStatus } from '@atrium/core';
import type { DecideClaimInput, ExpenseClaimProgress, ExpenseClaimStart, ReimburseClaimInput } from './messages';

/** A submitted claim's state and rules, free of Temporal: the rules themselves are core's. */
export class ExpenseClaimState {
  status: ClaimStatus = 'submitted';
  stage: ApprovalStage | null = 'approver';
  firstApprovalBy: string | null = null;
  decidedBy: string | null = null;
  reimbursedBy: string | null = null;
  reminded: ApprovalStage[] = [];
  /** Bumped by every approval, so a stage's reminder timer knows the stage moved on. */
  stageChanges = 0;
  /** The last change is in PostgreSQL: only then is anyone told. */
  settled = true;

  constructor(readonly claim: ExpenseClaimStart) {}

  get progress(): ExpenseClaimProgress {
    return { status: this.status, stage: this.stage, firstApprovalBy: this.firstApprovalBy, decidedBy: this.decidedBy, reimbursedBy: this.reimbursedBy, reminded: [...this.reminded] };
  }

  /** Throws, so that the update is refused before it enters the history. */
  validateDecision(input: DecideClaimInput): void {
    if (input.decision !== 'approve' && input.decision !== 'reject') throw new Error('Decide approve or reject.');
    const refusal = claimDecisionRefusal({
      status: this.status,
      stage: this.stage ?? 'approver',
      claimantUserId: this.claim.claimantUserId,
      approverUserId: this.claim.approverUserId,
      firstApprovalBy: this.firstApprovalBy,
      decider: { userId: input.deciderUserId, isFinanceApprover: input.deciderIsFinanceApprover },
    });
    if (refusal) throw new Error(refusal);
  }

  /**
   * Synchronous, so a second decision arriving while the first is written is refused. An
   * approval at the approver stage of a claim above the threshold moves it to finance;
   * every other decision is final.
   */
  decide(input: DecideClaimInput): 'first_approval' | 'final' {
    this.settled = false;
    this.stageChanges += 1;
    if (input.decision === 'approve' && this.stage === 'approver' && this.claim.needsFinanceApproval) {
      this.firstApprovalBy = input.deciderUserId;
      this.stage = 'finance';
      return 'first_approval';
    }
    this.status = input.decision === 'approve' ? 'approved' : 'rejected';
    this.decidedBy = input.deciderUserId;
    this.stage = null;
    return 'final';
  }

  validateReimbursement(input: ReimburseClaimInput): void {
    const refusal = reimbursementRefusal({ status: this.status, by: { userId: input.byUserId, isFinanceApprover: input.byFinanceApprover } });
    if (refusal) throw new Error(refusal);
  }

  reimburse(input: ReimburseClaimInput): void {
    this.settled = false;
    this.status = 'reimbursed';
    this.reimbursedBy = input.byUserId;
  }
}
