import type { ApprovalStage } from '@atrium/core';

/** Which claim, in which company: every Finance activity is keyed by the claim's id. */
export interface ExpenseClaimKey {
  companyId: string;
  claimId: string;
}

/** What the expense claim workflow asks of the outside world; the worker implements it. */
export interface FinanceActivities {
  /** The first of two approvals (above the threshold): the claim now waits for finance. Only while it waits for its approver. */
  recordClaimFirstApproval(input: ExpenseClaimKey & { approvedBy: string; approvedAt: string }): Promise<void>;
  /** The final decision, only while submitted (a retry changes nothing). */
  recordClaimDecision(input: ExpenseClaimKey & { status: 'approved' | 'rejected'; decidedBy: string; decidedAt: string; note: string }): Promise<void>;
  recordClaimReimbursed(input: ExpenseClaimKey & { reimbursedBy: string; reimbursedAt: string }): Promise<void>;
  /** To the people who decide at `stage`: a claim waits for them (`reminder`: still, two working days on). */
  notifyClaimApprovers(input: ExpenseClaimKey & { stage: ApprovalStage; reminder: boolean }): Promise<void>;
  /** To the claimant: approved, rejected or reimbursed, by whom, with the note. */
  notifyClaimant(input: ExpenseClaimKey & { event: 'approved' | 'rejected' | 'reimbursed' }): Promise<void>;
}
