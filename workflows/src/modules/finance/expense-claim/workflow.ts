import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { addWorkingDays, type ApprovalStage } from '@atrium/core';
import type { FinanceActivities } from '../activities';
import { ExpenseClaimState } from './expense-claim-state';
import { claimProgressQuery, claimReminderAfterWorkingDays, decideClaimUpdate, reimburseClaimUpdate, type ExpenseClaimProgress, type ExpenseClaimStart } from './messages';

const finance = proxyActivities<FinanceActivities>({ startToCloseTimeout: '1 minute', retry: { maximumAttempts: 10 } });

/**
 * `expense-claim:{id}`: one submitted expense claim, from submission to reimbursement.
 * Its approver (the claimant's manager in HR, or the company's named approver) approves or
 * rejects it by an update; above the company's threshold a finance approver approves as
 * well. Each stage's approvers hear of it at once and are reminded after two working days
 * without a decision. The claimant hears each decision and the reimbursement, which a
 * finance approver records. Every write is keyed by the claim's id and the status it
 * expects: an activity run twice writes the same row and sends one notice.
 */
export async function expenseClaimWorkflow(claim: ExpenseClaimStart): Promise<ExpenseClaimProgress> {
  const state = new ExpenseClaimState(claim);
  const key = { companyId: claim.companyId, claimId: claim.claimId };

  setHandler(claimProgressQuery, () => state.progress);
  setHandler(
    decideClaimUpdate,
    async (input) => {
      const step = state.decide(input);
      const at = new Date().toISOString();
      // The person deciding waits for this: when the API answers, PostgreSQL holds the decision.
      if (step === 'first_approval') await finance.recordClaimFirstApproval({ ...key, approvedBy: input.deciderUserId, approvedAt: at });
      else await finance.recordClaimDecision({ ...key, status: state.status as 'approved' | 'rejected', decidedBy: input.deciderUserId, decidedAt: at, note: input.note });
      state.settled = true;
      return state.progress;
    },
    { validator: (input) => state.validateDecision(input) },
  );
  setHandler(
    reimburseClaimUpdate,
    async (input) => {
      state.reimburse(input);
      await finance.recordClaimReimbursed({ ...key, reimbursedBy: input.byUserId, reimbursedAt: new Date().toISOString() });
      state.settled = true;
      return state.progress;
    },
    { validator: (input) => state.validateReimbursement(input) },
  );

  /** One stage: its approvers are told now, reminded after two working days, until it moves on. */
  async function awaitStage(stage: ApprovalStage, from: Date): Promise<void> {
    const changes = state.stageChanges;
    const moved = () => state.stageChanges !== changes;
    await finance.notifyClaimApprovers({ ...key, stage, reminder: false });
    const wait = addWorkingDays(from, claimReminderAfterWorkingDays, claim.holidays).getTime() - Date.now();
    if (!(await condition(moved, Math.max(wait, 1)))) {
      state.reminded.push(stage);
      await finance.notifyClaimApprovers({ ...key, stage, reminder: true });
      await condition(moved);
    }
  }

  await awaitStage('approver', new Date(claim.submittedAt));
  if (state.stage === 'finance') {
    await condition(() => state.settled);
    await awaitStage('finance', new Date());
  }
  // Settled, not merely decided: the notice reads the decision from the row its update writes.
  await condition(() => state.settled);
  await finance.notifyClaimant({ ...key, event: state.status === 'approved' ? 'approved' : 'rejected' });
  if (state.status === 'approved') {
    await condition(() => state.status === 'reimbursed' && state.settled);
    await finance.notifyClaimant({ ...key, event: 'reimbursed' });
  }
  await condition(allHandlersFinished);
  return state.progress;
}
