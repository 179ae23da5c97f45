import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { addWorkingDays, isoDateOf, addCalendarDays } from '@atrium/core';
import { HrLeaveRequest, Notification, OutboxMessage, withTenant } from '@atrium/db';
import { createHrCompany, insertLeaveRequest } from '@atrium/db/testing';
import { cancelLeaveUpdate, decideLeaveUpdate, leaveProgressQuery, leaveRequestWorkflowId, type LeaveRequestStart } from '@atrium/workflows';
import { startBillingHarness, type BillingHarness } from '../../../test/billing-harness';

const hour = 3_600_000;

describe('the leave request workflow, under time skipping', () => {
  let harness: BillingHarness;
  const taskQueue = 'leave-request-test';

  beforeAll(async () => {
    harness = await startBillingHarness(taskQueue);
  });
  afterAll(async () => harness?.stop());

  /** Eve asks for a week of leave a month from now; Max, her manager, decides. */
  async function eveAsksForLeave(companyName: string) {
    const company = await createHrCompany(inject('ownerUrl'), companyName);
    const now = await harness.env.currentTimeMs();
    const startDate = addCalendarDays(isoDateOf(now), 30);
    const endDate = addCalendarDays(startDate, 4);
    const leaveRequestId = await insertLeaveRequest(inject('ownerUrl'), { companyId: company.companyId, employeeId: company.employee.employeeId, leaveTypeId: company.leaveTypeId, startDate, endDate, days: 5 });
    const start: LeaveRequestStart = {
      companyId: company.companyId,
      leaveRequestId,
      employeeUserId: company.employee.userId,
      managerUserId: company.manager.userId,
      startDate,
      endDate,
      submittedAt: new Date(now).toISOString(),
      holidays: [],
    };
    const handle = await harness.env.client.workflow.start('leaveRequestWorkflow', { workflowId: leaveRequestWorkflowId(leaveRequestId), taskQueue, args: [start] });
    return { ...company, leaveRequestId, handle, submittedAt: now, startDate };
  }

  const notices = (companyId: string) =>
    withTenant(harness.orm, { companyId }, (em) => em.find(Notification, { kind: { $like: 'hr_leave%' } }, { orderBy: { dedupeKey: 'asc' } }));
  const mailsTo = (email: string) => withTenant(harness.orm, { system: 'test: read outbox' }, (em) => em.find(OutboxMessage, { to: email }));
  const requestRow = (companyId: string, id: string) => withTenant(harness.orm, { companyId }, (em) => em.findOneOrFail(HrLeaveRequest, { id }));
  /** Skips time to `at` plus a minute (the activity has run by then). */
  async function skipTo(at: Date) {
    const now = await harness.env.currentTimeMs();
    await harness.env.sleep(Math.max(0, at.getTime() - now));
  }

  it('reminds the manager two working days after the request, not before, and only him', async () => {
    const leave = await eveAsksForLeave('Reminded Co');
    const reminderAt = addWorkingDays(new Date(leave.submittedAt), 2);
    await skipTo(new Date(reminderAt.getTime() - hour));
    expect(await notices(leave.companyId)).toEqual([]);

    await skipTo(new Date(reminderAt.getTime() + hour));
    const sent = await notices(leave.companyId);
    expect(sent.map((notice) => [notice.dedupeKey, notice.recipientUserId])).toEqual([[`leave-reminder:${leave.leaveRequestId}`, leave.manager.userId]]);
    expect(sent[0]?.title).toBe("Eve's leave request is waiting for you");
    expect((await mailsTo(leave.manager.email)).map((mail) => mail.subject)).toEqual(["Eve's leave request is waiting for you"]);
    expect((await leave.handle.query(leaveProgressQuery))).toMatchObject({ status: 'pending', reminded: true, escalated: false });
  });

  it('tells the HR managers after five working days without a decision', async () => {
    const leave = await eveAsksForLeave('Escalated Co');
    const escalationAt = addWorkingDays(new Date(leave.submittedAt), 5);
    await skipTo(new Date(escalationAt.getTime() - hour));
    expect((await notices(leave.companyId)).map((notice) => notice.kind)).toEqual(['hr_leave_reminder']);

    await skipTo(new Date(escalationAt.getTime() + hour));
    const escalations = (await notices(leave.companyId)).filter((notice) => notice.kind === 'hr_leave_escalation');
    // The HR manager and the owner decide any request; the manager and colleagues are not told.
    expect(escalations.map((notice) => notice.recipientUserId).sort()).toEqual([leave.hrManager.userId, leave.owner.userId].sort());
    expect((await mailsTo(leave.hrManager.email)).map((mail) => mail.subject)).toEqual(["Eve's leave request has waited five working days"]);
    expect((await mailsTo(leave.colleague.email))).toEqual([]);
  });

  it('the manager approves: the row says so, Eve hears it, and nobody decides it again', async () => {
    const leave = await eveAsksForLeave('Approved Co');
    await expect(
      leave.handle.executeUpdate(decideLeaveUpdate, { args: [{ decision: 'approve', note: '', deciderUserId: leave.colleague.userId, deciderIsHrManager: false }] }),
    ).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(
      leave.handle.executeUpdate(decideLeaveUpdate, { args: [{ decision: 'approve', note: '', deciderUserId: leave.employee.userId, deciderIsHrManager: false }] }),
    ).rejects.toThrow(WorkflowUpdateFailedError);

    const progress = await leave.handle.executeUpdate(decideLeaveUpdate, { args: [{ decision: 'approve', note: 'Enjoy!', deciderUserId: leave.manager.userId, deciderIsHrManager: false }] });
    expect(progress).toMatchObject({ status: 'approved', decidedBy: leave.manager.userId });
    const row = await requestRow(leave.companyId, leave.leaveRequestId);
    expect([row.status, row.decidedBy, row.decisionNote]).toEqual(['approved', leave.manager.userId, 'Enjoy!']);

    const again = leave.handle.executeUpdate(decideLeaveUpdate, { args: [{ decision: 'reject', note: '', deciderUserId: leave.hrManager.userId, deciderIsHrManager: true }] });
    await expect(again).rejects.toThrow(WorkflowUpdateFailedError);

    // The notice follows the update's answer: it is sent after the decision is written.
    const decision = await vi.waitFor(async () => {
      const found = (await notices(leave.companyId)).find((notice) => notice.kind === 'hr_leave_decision');
      if (!found) throw new Error('Eve has not been told yet');
      return found;
    }, { timeout: 15_000, interval: 200 });
    expect(decision).toMatchObject({ title: 'Your leave request was approved', recipientUserId: leave.employee.userId });
    expect(decision?.body).toContain('Note: Enjoy!');
    // The mail goes out after the notice's row is committed: wait for it as for the notice.
    const mails = await vi.waitFor(async () => {
      const sent = await mailsTo(leave.employee.email);
      if (sent.length === 0) throw new Error('Eve has not been mailed yet');
      return sent;
    }, { timeout: 15_000, interval: 200 });
    expect(mails.map((mail) => mail.subject)).toEqual(['Your leave request was approved']);
    // Decided in time: no reminder ever goes out, and the workflow ends on the first day of leave.
    await skipTo(new Date(`${leave.startDate}T01:00:00Z`));
    expect((await notices(leave.companyId)).map((notice) => notice.kind)).toEqual(['hr_leave_decision']);
    expect((await leave.handle.result()).status).toBe('approved');
  });

  it('Eve cancels before it starts: the row is cancelled, the manager is not chased, and it cannot be decided', async () => {
    const leave = await eveAsksForLeave('Cancelled Co');
    await expect(leave.handle.executeUpdate(cancelLeaveUpdate, { args: [{ byUserId: leave.manager.userId }] })).rejects.toThrow(WorkflowUpdateFailedError);
    const progress = await leave.handle.executeUpdate(cancelLeaveUpdate, { args: [{ byUserId: leave.employee.userId }] });
    expect(progress.status).toBe('cancelled');
    expect((await requestRow(leave.companyId, leave.leaveRequestId)).status).toBe('cancelled');
    expect((await leave.handle.result()).status).toBe('cancelled');
    await harness.env.sleep('10 days');
    expect(await notices(leave.companyId)).toEqual([]);
  });

  it('approved leave can be cancelled until its first day, not on it', async () => {
    const leave = await eveAsksForLeave('Changed Plans Co');
    await leave.handle.executeUpdate(decideLeaveUpdate, { args: [{ decision: 'approve', note: '', deciderUserId: leave.hrManager.userId, deciderIsHrManager: true }] });
    await skipTo(new Date(`${addCalendarDays(leave.startDate, -1)}T12:00:00Z`));
    const progress = await leave.handle.executeUpdate(cancelLeaveUpdate, { args: [{ byUserId: leave.employee.userId }] });
    expect(progress.status).toBe('cancelled');
    expect((await requestRow(leave.companyId, leave.leaveRequestId)).status).toBe('cancelled');
  });

  it('writes a decision once even when the activity runs twice', async () => {
    const leave = await eveAsksForLeave('Retry Co');
    await leave.handle.executeUpdate(decideLeaveUpdate, { args: [{ decision: 'reject', note: 'Busy week', deciderUserId: leave.manager.userId, deciderIsHrManager: false }] });
    await vi.waitFor(async () => expect((await mailsTo(leave.employee.email))).toHaveLength(1), { timeout: 15_000, interval: 200 });
    const { createActivities } = await import('../../activities');
    const { testActivityDependencies } = await import('../../../test/activity-dependencies');
    const activities = createActivities(testActivityDependencies(harness.orm));
    const key = { companyId: leave.companyId, leaveRequestId: leave.leaveRequestId };
    await activities.recordLeaveDecision({ ...key, status: 'approved', decidedBy: leave.hrManager.userId, decidedAt: new Date().toISOString(), note: '' });
    await activities.notifyEmployeeOfLeaveDecision(key);
    expect((await requestRow(leave.companyId, leave.leaveRequestId)).status).toBe('rejected');
    expect((await mailsTo(leave.employee.email)).map((mail) => mail.subject)).toEqual(['Your leave request was rejected']);
  });
});
