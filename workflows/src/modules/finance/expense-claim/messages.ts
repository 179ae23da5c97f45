import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ApprovalStage, ClaimStatus, IsoDate } from '@atrium/core';

export const expenseClaimWorkflowId = (claimId: string) => `expense-claim:${claimId}`;

export interface ExpenseClaimStart {
  companyId: string;
  claimId: string;
  claimantUserId: string;
  /** The claimant's manager (from HR) or the company's named approver; null: a finance approver decides. */
  approverUserId: string | null;
  /** Above the company's threshold: a finance approver approves after the approver. */
  needsFinanceApproval: boolean;
  /** When it was submitted (ISO instant): reminders count working days from the start of each stage. */
  submittedAt: string;
  /** The company country's public holidays around the claim, computed by the API. */
  holidays: IsoDate[];
}

export interface DecideClaimInput {
  decision: 'approve' | 'reject';
  note: string;
  deciderUserId: string;
  /** The decider's Finance role allows managing Finance (a finance manager, an owner, an admin). */
  deciderIsFinanceApprover: boolean;
}

export interface ReimburseClaimInput {
  byUserId: string;
  byFinanceApprover: boolean;
}

export interface ExpenseClaimProgress {
  status: ClaimStatus;
  stage: ApprovalStage | null;
  firstApprovalBy: string | null;
  decidedBy: string | null;
  reimbursedBy: string | null;
  /** Stages whose approvers were reminded. */
  reminded: ApprovalStage[];
}

export const decideClaimUpdate = defineUpdate<ExpenseClaimProgress, [DecideClaimInput]>('decideClaim');
export const reimburseClaimUpdate = defineUpdate<ExpenseClaimProgress, [ReimburseClaimInput]>('reimburseClaim');
export const claimProgressQuery = defineQuery<ExpenseClaimProgress>('claimProgress');

/** Working days a stage waits before its approvers are reminded. */
export const claimReminderAfterWorkingDays = 2;
