import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { MikroORM, Notification, OnboardingChecklistProjection, OutboxMessage, ormConfig, withTenant } from '@atrium/db';
import { createCompanyWithOwner } from '@atrium/db/testing';
import { completeStep, emptyChecklist } from '@atrium/core';
import { checklistQuery, completeStepUpdate, onboardingWorkflowId } from '@atrium/workflows';
import { createActivities } from '../activities';
import { workflowsPath } from '../create-worker';
import { testActivityDependencies } from '../../test/activity-dependencies';

describe('the onboarding workflow, under time skipping', () => {
  let env: TestWorkflowEnvironment;
  let orm: MikroORM;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = 'onboarding-test';

  beforeAll(async () => {
    // The worker's lifecycle chatter would bury the test report.
    Runtime.install({ logger: new DefaultLogger('WARN') });
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: inject('testServerPath') } },
    });
    orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath,
      activities: createActivities(testActivityDependencies(orm)),
    });
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
    await orm?.close(true);
  });

  async function startFor(companyName: string) {
    const { companyId, userId: owner } = await createCompanyWithOwner(inject('ownerUrl'), companyName);
    const handle = await env.client.workflow.start('onboardingWorkflow', {
      workflowId: onboardingWorkflowId(companyId),
      taskQueue,
      args: [{ companyId }],
    });
    return { companyId, owner, handle };
  }

  const reminders = (companyId: string) =>
    withTenant(orm, { companyId }, (em) => em.find(Notification, { kind: 'onboarding_reminder' }, { orderBy: { dedupeKey: 'asc' } }));

  it('a company that completes no step for 24 hours gets a reminder naming its next step', async () => {
    const { companyId, owner } = await startFor('Stalled Co');
    await env.sleep('23 hours');
    expect(await reminders(companyId)).toHaveLength(0);

    await env.sleep('2 hours');
    const sent = await reminders(companyId);
    expect(sent.map((n) => n.dedupeKey)).toEqual(['onboarding-reminder:0:1']);
    expect(sent[0]?.body).toContain('Complete your company profile');
    const mails = await withTenant(orm, { system: 'test: read outbox' }, (em) => em.find(OutboxMessage, { to: `${owner}@example.com` }));
    expect(mails.map((mail) => mail.subject)).toEqual(['Pick up your setup where you left off']);
  });

  it('completing a step restarts the 24-hour clock', async () => {
    const { companyId, handle } = await startFor('Busy Co');
    await env.sleep('20 hours');
    const checklist = await handle.executeUpdate(completeStepUpdate, { args: [{ step: 'company_profile' }] });
    expect(checklist.nextStep).toBe('branding');

    await env.sleep('20 hours');
    expect(await reminders(companyId)).toHaveLength(0);

    await env.sleep('5 hours');
    const sent = await reminders(companyId);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toContain('Add your logo and colours');
  });

  it('a company that stalls again after some progress is reminded again', async () => {
    const { companyId, handle } = await startFor('Twice Stalled Co');
    await env.sleep('25 hours');
    expect(await reminders(companyId)).toHaveLength(1);
    await handle.executeUpdate(completeStepUpdate, { args: [{ step: 'company_profile' }] });

    await env.sleep('25 hours');
    const sent = await reminders(companyId);
    expect(sent.map((n) => n.dedupeKey)).toEqual(['onboarding-reminder:0:1', 'onboarding-reminder:1:1']);
    expect(sent[1]?.body).toContain('Add your logo and colours');
  });

  it('stops after three reminders in a row, one a day', async () => {
    const { companyId } = await startFor('Silent Co');
    await env.sleep('10 days');
    expect((await reminders(companyId)).map((n) => n.dedupeKey)).toEqual([
      'onboarding-reminder:0:1',
      'onboarding-reminder:0:2',
      'onboarding-reminder:0:3',
    ]);
  });

  it('refuses an unknown step and leaves the checklist as it was', async () => {
    const { handle } = await startFor('Typo Co');
    await expect(
      handle.executeUpdate(completeStepUpdate, { args: [{ step: 'teleport' as never }] }),
    ).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    const checklist = await handle.query(checklistQuery);
    expect(checklist.completedCount).toBe(0);
  });

  it('ends when every step is done, returning the completed checklist', async () => {
    const { handle } = await startFor('Done Co');
    for (const step of ['company_profile', 'branding', 'invite_team', 'choose_modules', 'payment_method'] as const) {
      await handle.executeUpdate(completeStepUpdate, { args: [{ step }] });
    }
    const result = await handle.result();
    expect(result.completedCount).toBe(5);
    expect(result.nextStep).toBeNull();
  });

  it('records its checklist in PostgreSQL: the empty one at the start, then each step before the update answers', async () => {
    const { companyId } = await createCompanyWithOwner(inject('ownerUrl'), 'Projected Co', { billingRows: false });
    const handle = await env.client.workflow.start('onboardingWorkflow', { workflowId: onboardingWorkflowId(companyId), taskQueue, args: [{ companyId }] });
    const recorded = () =>
      withTenant(orm, { companyId }, (em) => em.findOne(OnboardingChecklistProjection, { company: companyId })).then((row) => row?.checklist);

    await expect.poll(recorded).toMatchObject({ companyId, completedCount: 0, nextStep: 'company_profile' });
    const answered = await handle.executeUpdate(completeStepUpdate, { args: [{ step: 'branding' }] });
    expect(await recorded()).toEqual(answered);
    expect(answered).toMatchObject({ completedCount: 1, nextStep: 'company_profile' });
  });

  it('keeps the checklist with more steps done when an older recording is retried late', async () => {
    const { companyId } = await createCompanyWithOwner(inject('ownerUrl'), 'Late Retry Co', { billingRows: false });
    const { recordOnboardingChecklist } = createActivities(testActivityDependencies(orm));
    const empty = emptyChecklist(companyId);
    const oneDone = completeStep(empty, 'company_profile', new Date('2026-12-01T10:00:00Z'));
    await recordOnboardingChecklist(oneDone);
    await recordOnboardingChecklist(empty);
    const row = await withTenant(orm, { companyId }, (em) => em.findOneOrFail(OnboardingChecklistProjection, { company: companyId }));
    expect(row.checklist).toEqual(oneDone);
    expect(row.completedCount).toBe(1);
  });

  it('writes a reminder once even when the activity runs twice', async () => {
    const { companyId } = await createCompanyWithOwner(inject('ownerUrl'), 'Retry Co');
    const { sendOnboardingReminder } = createActivities(testActivityDependencies(orm));
    await sendOnboardingReminder({ companyId, stall: 1, reminderNumber: 1, nextStep: 'branding' });
    await sendOnboardingReminder({ companyId, stall: 1, reminderNumber: 1, nextStep: 'branding' });
    expect(await reminders(companyId)).toHaveLength(1);
  });
});
