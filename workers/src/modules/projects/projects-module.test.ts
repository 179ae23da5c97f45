import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarDay, taskReminderAt } from '@atrium/core';
import { Notification, Project, ProjectTask, withTenant } from '@atrium/db';
import { projectTaskChangedSignal, projectTaskWorkflowId, provisioningWorkflowId, trialWorkflowId, type TrialOutcome } from '@atrium/workflows';
import { eventually, startBillingHarness, subscribeCompany, type BillingHarness } from '../../../test/billing-harness';

const taskQueue = 'projects-module-test';
const dayMs = 86_400_000;

describe('Projects under time skipping', () => {
  let harness: BillingHarness;
  beforeEach(async () => {
    harness = await startBillingHarness(taskQueue);
  });
  afterEach(() => harness?.stop());

  const now = async () => new Date(await harness.env.currentTimeMs());

  async function taskDueIn(companyId: string, days: number) {
    const dueOn = calendarDay(new Date((await harness.env.currentTimeMs()) + days * dayMs));
    return withTenant(harness.orm, { companyId }, async (em) => {
      const project = em.create(Project, { company: companyId, name: 'Relaunch', description: '', status: 'active', startsOn: null, dueOn: null, ownerId: null, createdBy: null });
      const task = em.create(ProjectTask, {
        company: companyId, project, title: 'Ship the home page', description: '', status: 'in_progress', position: 0, ownerId: 'owner-of-the-task', dueOn, completedAt: null, remindedFor: null, createdBy: null,
      });
      await em.flush();
      return { id: task.id, remindAt: taskReminderAt(dueOn) };
    });
  }
  const reminders = (companyId: string) => withTenant(harness.orm, { companyId }, (em) => em.count(Notification, { kind: 'project_task' }));
  const start = (companyId: string, task: { id: string; remindAt: string }) =>
    harness.env.client.workflow.start('projectTaskReminderWorkflow', { workflowId: projectTaskWorkflowId(task.id), taskQueue, args: [{ companyId, taskId: task.id, remindAt: task.remindAt }] });

  it('reminds the task owner once on the morning the task is due, four days later, and not before', async () => {
    const { companyId } = await subscribeCompany(harness, taskQueue, 'Task Owner', { startedOn: calendarDay(await now()) });
    const task = await taskDueIn(companyId, 4);
    const handle = await start(companyId, task);
    await harness.env.sleep(3 * dayMs);
    expect(await reminders(companyId)).toBe(0);
    expect(await handle.result()).toBe('reminded');
    expect(await harness.env.currentTimeMs()).toBeGreaterThanOrEqual(Date.parse(task.remindAt));
    expect(await reminders(companyId)).toBe(1);
    const notice = await withTenant(harness.orm, { companyId }, (em) => em.findOneOrFail(Notification, { kind: 'project_task' }));
    expect([notice.recipientUserId, notice.module]).toEqual(['owner-of-the-task', 'projects']);
    const reminded = await withTenant(harness.orm, { companyId }, (em) => em.findOneOrFail(ProjectTask, { id: task.id }));
    expect(reminded.remindedFor).toBe(reminded.dueOn);
  });

  it('a task finished before it is due sends no reminder', async () => {
    const { companyId } = await subscribeCompany(harness, taskQueue, 'Task Finisher', { startedOn: calendarDay(await now()) });
    const task = await taskDueIn(companyId, 5);
    const handle = await start(companyId, task);
    await handle.signal(projectTaskChangedSignal, { stop: true });
    expect(await handle.result()).toBe('stopped');
    expect(await reminders(companyId)).toBe(0);
  });

  it('a lapsed Projects trial keeps its projects for 30 days, then the provisioning workflow deletes them', async () => {
    const { companyId } = await subscribeCompany(harness, taskQueue, 'Projects Lapser', { startedOn: calendarDay(await now()) });
    const trial = await harness.env.client.workflow.start('trialWorkflow', { workflowId: trialWorkflowId(companyId, 'projects'), taskQueue, args: [{ companyId, module: 'projects', startedAt: (await now()).toISOString() }] });
    const projects = () => withTenant(harness.orm, { companyId }, (em) => em.count(Project, {}));
    await eventually(
      () => withTenant(harness.orm, { companyId }, (em) => em.execute<{ status: string }[]>(`select status from module_installation`, [], 'all')),
      (rows) => rows[0]?.status === 'active',
    );
    await taskDueIn(companyId, 60);
    expect(await trial.result()).toBe<TrialOutcome>('lapsed');
    await eventually(
      () => withTenant(harness.orm, { companyId }, (em) => em.execute<{ status: string }[]>(`select status from module_installation`, [], 'all')),
      (rows) => rows[0]?.status === 'removed',
    );
    expect(await projects()).toBe(1);
    const provisioning = harness.env.client.workflow.getHandle(provisioningWorkflowId(companyId, 'projects'));
    expect(await provisioning.result()).toEqual({ status: 'purged', purgeAfter: null });
    expect(await projects()).toBe(0);
    expect(await withTenant(harness.orm, { companyId }, (em) => em.count(ProjectTask, {}))).toBe(0);
  });
});
