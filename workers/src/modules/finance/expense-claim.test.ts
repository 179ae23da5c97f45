import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { addWorkingDays } from '@atrium/core';
import { FinanceExpenseClaim, Notification, OutboxMessage, withTenant } from '@atrium/db';
import { createFinanceCompany, insertSubmittedClaim } from '@atrium/db/testing';
import { claimProgressQuery, decideClaimUpdate, expenseClaimWorkflowId, reimburseClaimUpdate, type ExpenseClaimStart } from '@atrium/workflows';
import { startBillingHarness, type BillingHarness } from '../../../test/billing-harness';

const hour = 3_600_000;

describe('the expense claim workflow, under time skipping', () => {
  let harness: BillingHarness;
  const taskQueue = 'expense-claim-test';

  beforeAll(async () => {
    harness = await startBillingHarness(taskQueue);
  });
  afterAll(async () => harness?.stop());

  /** Eve claims a train ticket; Max approves it first; above 500.00 Fiona (finance) approves too. */
  async function eveClaims(companyName: string, amountMinor: number) {
    const company = await createFinanceCompany(inject('ownerUrl'), companyName);
    const needsFinanceApproval = amountMinor > 50_000;
    const claimId = await insertSubmittedClaim(inject('ownerUrl'), { companyId: company.companyId, claimantUserId: company.claimant.userId, approverUserId: company.approver.userId, categoryId: company.categoryId, amountMinor, needsFinanceApproval });
    const now = await harness.env.currentTimeMs();
    const start: ExpenseClaimStart = {
      companyId: company.companyId, claimId, claimantUserId: company.claimant.userId, approverUserId: company.approver.userId, needsFinanceApproval, submittedAt: new Date(now).toISOString(), holidays: [],
    };
    const handle = await harness.env.client.workflow.start('expenseClaimWorkflow', { workflowId: expenseClaimWorkflowId(claimId), taskQueue, args: [start] });
    return { ...company, claimId, handle, submittedAt: now };
  }

  const notices = (companyId: string) => withTenant(harness.orm, { companyId }, (em) => em.find(Notification, { kind: { $like: 'finance_claim%' } }, { orderBy: { createdAt: 'asc', dedupeKey: 'asc' } }));
  const mailsTo = (email: string) => withTenant(harness.orm, { system: 'test: read outbox' }, (em) => em.find(OutboxMessage, { to: email }, { orderBy: { createdAt: 'asc' } }));
  const claimRow = (companyId: string, id: string) => withTenant(harness.orm, { companyId }, (em) => em.findOneOrFail(FinanceExpenseClaim, { id }));
  async function skipTo(at: number) {
    await harness.env.sleep(Math.max(0, at - (await harness.env.currentTimeMs())));
  }
  const decide = (handle: Awaited<ReturnType<typeof eveClaims>>['handle'], deciderUserId: string, decision: 'approve' | 'reject', deciderIsFinanceApprover = false, note = '') =>
    handle.executeUpdate(decideClaimUpdate, { args: [{ decision, note, deciderUserId, deciderIsFinanceApprover }] });
  const waitFor = <T>(check: () => Promise<T>) => vi.waitFor(check, { timeout: 15_000, interval: 200 });

  it('tells the approver at once and reminds him two working days later, not before', async () => {
    const claim = await eveClaims('Reminded Claims Co', 8_999);
    await waitFor(async () => expect((await notices(claim.companyId)).map((notice) => [notice.kind, notice.recipientUserId])).toEqual([['finance_claim_waiting', claim.approver.userId]]));
    const reminderAt = addWorkingDays(new Date(claim.submittedAt), 2).getTime();
    await skipTo(reminderAt - hour);
    expect((await notices(claim.companyId)).map((notice) => notice.kind)).toEqual(['finance_claim_waiting']);

    await skipTo(reminderAt + hour);
    const sent = await notices(claim.companyId);
    expect(sent.map((notice) => [notice.kind, notice.recipientUserId])).toEqual([['finance_claim_waiting', claim.approver.userId], ['finance_claim_reminder', claim.approver.userId]]);
    expect(sent[1]?.title).toBe("Eve's expense claim is still waiting for you");
    expect((await mailsTo(claim.approver.email)).map((mail) => mail.subject)).toEqual(["Eve's expense claim needs your approval", "Eve's expense claim is still waiting for you"]);
    expect(await claim.handle.query(claimProgressQuery)).toMatchObject({ status: 'submitted', stage: 'approver', reminded: ['approver'] });
  });

  it('above the threshold: Max approves, then a finance approver (not Max, not Eve) approves, Eve hears it, and finance reimburses', async () => {
    const claim = await eveClaims('Two Step Co', 74_550);
    await expect(decide(claim.handle, claim.financeManager.userId, 'approve', true)).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(decide(claim.handle, claim.claimant.userId, 'approve', true)).rejects.toThrow(WorkflowUpdateFailedError);

    expect(await decide(claim.handle, claim.approver.userId, 'approve')).toMatchObject({ status: 'submitted', stage: 'finance', firstApprovalBy: claim.approver.userId });
    expect(await claimRow(claim.companyId, claim.claimId)).toMatchObject({ status: 'submitted', stage: 'finance', firstApprovalBy: claim.approver.userId });
    // Finance is asked now: Fiona and the owner, not Max, not Eve.
    await waitFor(async () => {
      const asked = (await notices(claim.companyId)).filter((notice) => notice.dedupeKey.includes(':finance:waiting'));
      expect(asked.map((notice) => notice.recipientUserId).sort()).toEqual([claim.financeManager.userId, claim.owner.userId].sort());
    });
    await expect(decide(claim.handle, claim.approver.userId, 'approve')).rejects.toThrow(WorkflowUpdateFailedError);
    await expect(claim.handle.executeUpdate(reimburseClaimUpdate, { args: [{ byUserId: claim.financeManager.userId, byFinanceApprover: true }] })).rejects.toThrow(WorkflowUpdateFailedError);

    expect(await decide(claim.handle, claim.financeManager.userId, 'approve', true, 'Fine')).toMatchObject({ status: 'approved', decidedBy: claim.financeManager.userId });
    expect(await claimRow(claim.companyId, claim.claimId)).toMatchObject({ status: 'approved', decidedBy: claim.financeManager.userId, decisionNote: 'Fine' });
    await waitFor(async () => expect((await mailsTo(claim.claimant.email)).map((mail) => mail.subject)).toEqual(['Your expense claim was approved']));

    await expect(claim.handle.executeUpdate(reimburseClaimUpdate, { args: [{ byUserId: claim.approver.userId, byFinanceApprover: false }] })).rejects.toThrow(WorkflowUpdateFailedError);
    expect(await claim.handle.executeUpdate(reimburseClaimUpdate, { args: [{ byUserId: claim.financeManager.userId, byFinanceApprover: true }] })).toMatchObject({ status: 'reimbursed' });
    expect((await claim.handle.result()).status).toBe('reimbursed');
    expect((await claimRow(claim.companyId, claim.claimId)).status).toBe('reimbursed');
    expect((await mailsTo(claim.claimant.email)).map((mail) => mail.subject)).toEqual(['Your expense claim was approved', 'Your expense claim was reimbursed']);
  });

  it('up to the threshold one approval is final', async () => {
    const claim = await eveClaims('One Step Co', 50_000);
    expect(await decide(claim.handle, claim.approver.userId, 'approve')).toMatchObject({ status: 'approved', stage: null });
  });

  it('a rejection ends it: the row says so, Eve hears why, nobody is reminded and it cannot be reimbursed', async () => {
    const claim = await eveClaims('Rejected Co', 12_000);
    expect(await decide(claim.handle, claim.approver.userId, 'reject', false, 'Not a business trip')).toMatchObject({ status: 'rejected' });
    expect((await claim.handle.result()).status).toBe('rejected');
    expect(await claimRow(claim.companyId, claim.claimId)).toMatchObject({ status: 'rejected', decisionNote: 'Not a business trip' });
    const decision = (await notices(claim.companyId)).find((notice) => notice.kind === 'finance_claim_decision');
    expect(decision).toMatchObject({ title: 'Your expense claim was rejected', recipientUserId: claim.claimant.userId });
    expect(decision?.body).toContain('Note: Not a business trip');
    await harness.env.sleep('10 days');
    expect((await notices(claim.companyId)).map((notice) => notice.kind)).toEqual(['finance_claim_waiting', 'finance_claim_decision']);
  });
});
