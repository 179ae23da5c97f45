import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarDay } from '@atrium/core';
import { CrmContact, CrmTask, Notification, withTenant } from '@atrium/db';
import { crmTaskChangedSignal, crmTaskWorkflowId, provisioningWorkflowId, trialWorkflowId, type TrialOutcome } from '@atrium/workflows';
import { eventually, startBillingHarness, subscribeCompany, type BillingHarness } from '../../../test/billing-harness';

const taskQueue = 'crm-module-test';
const dayMs = 86_400_000;

describe('CRM under time skipping', () => {
  let harness: BillingHarness;
  beforeEach(async () => {
    harness = await startBillingHarness(taskQueue);
  });
  afterEach(() => harness?.stop());

  const now = async () => new Date(await harness.env.currentTimeMs());

  async function taskDueIn(companyId: string, ms: number) {
    const dueAt = new Date((await harness.env.currentTimeMs()) + ms);
    return withTenant(harness.orm, { companyId }, async (em) => {
      const task = em.create(CrmTask, { company: companyId, title: 'Call Ada back', dueAt, assigneeId: 'nobody-in-particular', completedAt: null, remindedAt: null, ownerId: null, createdBy: null });
      await em.persist(task).flush();
      return { id: task.id, dueAt: dueAt.toISOString() };
    });
  }
  const reminders = (companyId: string) => withTenant(harness.orm, { companyId }, (em) => em.count(Notification, { kind: 'crm_task' }));

  it('reminds the assignee once when a task falls due three days later, not before', async () => {
    const { companyId } = await subscribeCompany(harness, taskQueue, 'Task Keeper', { startedOn: calendarDay(await now()) });
    const task = await taskDueIn(companyId, 3 * dayMs);
    const handle = await harness.env.client.workflow.start('crmTaskReminderWorkflow', { workflowId: crmTaskWorkflowId(task.id), taskQueue, args: [{ companyId, taskId: task.id, dueAt: task.dueAt }] });
    await harness.env.sleep(2 * dayMs);
    expect(await reminders(companyId)).toBe(0);
    expect(await handle.result()).toBe('reminded');
    expect(await harness.env.currentTimeMs()).toBeGreaterThanOrEqual(Date.parse(task.dueAt));
    expect(await reminders(companyId)).toBe(1);
    const reminded = await withTenant(harness.orm, { companyId }, (em) => em.findOneOrFail(CrmTask, { id: task.id }));
    expect(reminded.remindedAt).not.toBeNull();
  });

  it('a task finished before it is due sends no reminder', async () => {
    const { companyId } = await subscribeCompany(harness, taskQueue, 'Task Finisher', { startedOn: calendarDay(await now()) });
    const task = await taskDueIn(companyId, 5 * dayMs);
    const handle = await harness.env.client.workflow.start('crmTaskReminderWorkflow', { workflowId: crmTaskWorkflowId(task.id), taskQueue, args: [{ companyId, taskId: task.id, dueAt: task.dueAt }] });
    await handle.signal(crmTaskChangedSignal, { done: true });
    expect(await handle.result()).toBe('done');
    expect(await reminders(companyId)).toBe(0);
  });

  it("a lapsed CRM trial keeps its contacts for 30 days, then the provisioning workflow deletes them", async () => {
    const { companyId } = await subscribeCompany(harness, taskQueue, 'CRM Lapser', { startedOn: calendarDay(await now()) });
    const trial = await harness.env.client.workflow.start('trialWorkflow', { workflowId: trialWorkflowId(companyId, 'crm'), taskQueue, args: [{ companyId, module: 'crm', startedAt: (await now()).toISOString() }] });
    const contacts = () => withTenant(harness.orm, { companyId }, (em) => em.count(CrmContact, {}));
    await eventually(
      () => withTenant(harness.orm, { companyId }, (em) => em.execute<{ status: string }[]>(`select status from module_installation`, [], 'all')),
      (rows) => rows[0]?.status === 'active',
    );
    await withTenant(harness.orm, { companyId }, async (em) => {
      em.create(CrmContact, { company: companyId, firstName: 'Ada', lastName: 'Lovelace', email: null, phone: null, jobTitle: null, organization: null, organizationName: null, tags: [], ownerId: null, customFields: {}, searchText: 'ada lovelace', createdBy: null });
      await em.flush();
    });
    expect(await trial.result()).toBe<TrialOutcome>('lapsed');
    await eventually(
      () => withTenant(harness.orm, { companyId }, (em) => em.execute<{ status: string }[]>(`select status from module_installation`, [], 'all')),
      (rows) => rows[0]?.status === 'removed',
    );
    expect(await contacts()).toBe(1);
    const provisioning = harness.env.client.workflow.getHandle(provisioningWorkflowId(companyId, 'crm'));
    expect(await provisioning.result()).toEqual({ status: 'purged', purgeAfter: null });
    expect(await contacts()).toBe(0);
  });
});
