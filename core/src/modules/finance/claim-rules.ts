/** An expense claim's life: a draft its claimant edits, then a decision, then the money paid back. */
export const claimStatuses = ['draft', 'submitted', 'approved', 'rejected', 'reimbursed'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

/** Whose approval a submitted claim waits for: the claimant's approver, then (above the threshold) finance. */
export const approvalStages = ['approver', 'finance'] as const;
export type ApprovalStage = (typeof approvalStages)[number];

export interface ClaimDecider {
  userId: string;
  /** Finance managers (module role manager, owners, admins): the second approval and the reimbursement. */
  isFinanceApprover: boolean;
}

/**
 * Above the company's threshold a claim needs finance's approval after its approver's. A
 * null threshold means one approval is always enough; the amount equal to the threshold
 * is still "up to", so a threshold of 500.00 lets a claim of 500.00 through on one approval.
 */
export function needsFinanceApproval(amountMinor: number, thresholdMinor: number | null): boolean {
  return thresholdMinor !== null && amountMinor > thresholdMinor;
}

/**
 * Who may approve or reject a submitted claim at its stage, never its claimant: at the
 * approver stage the named approver (a finance approver stands in when the claimant has
 * none); at the finance stage a finance approver other than the person who approved first,
 * so a large claim always has two people behind it.
 */
export function claimDecisionRefusal(input: {
  status: ClaimStatus;
  stage: ApprovalStage;
  claimantUserId: string;
  approverUserId: string | null;
  firstApprovalBy: string | null;
  decider: ClaimDecider;
}): string | null {
  if (input.status !== 'submitted') return `This claim is ${input.status}; it cannot be decided now.`;
  if (input.decider.userId === input.claimantUserId) return 'Nobody approves their own expenses; their approver does.';
  if (input.stage === 'approver') {
    if (input.approverUserId === null ? !input.decider.isFinanceApprover : input.decider.userId !== input.approverUserId) {
      return input.approverUserId === null ? 'Only a finance approver may decide this claim: the claimant has no approver.' : "Only the claimant's approver may decide this claim now.";
    }
    return null;
  }
  if (!input.decider.isFinanceApprover) return 'This claim is above the approval threshold: a finance approver decides it now.';
  if (input.decider.userId === input.firstApprovalBy) return 'You approved this claim already; a second finance approver gives the second approval.';
  return null;
}

/** Only a finance approver marks an approved claim as paid back, and only once. */
export function reimbursementRefusal(input: { status: ClaimStatus; by: ClaimDecider }): string | null {
  if (!input.by.isFinanceApprover) return 'Only a finance approver marks a claim as reimbursed.';
  if (input.status !== 'approved') return input.status === 'reimbursed' ? 'This claim is already reimbursed.' : `This claim is ${input.status}; only an approved claim is reimbursed.`;
  return null;
}
