import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarDay } from '@atrium/core';
import { ModuleInstallation, ModuleSetting, ModuleTrial, Notification, withTenant } from '@atrium/db';
import {
  installationStateQuery,
  provisioningWorkflowId,
  subscriptionStateQuery,
  trialPurchasedSignal,
  trialWorkflowId,
  addItemUpdate,
  type TrialOutcome,
} from '@atrium/workflows';
import { addTestCard, eventually, invoicesOf, startBillingHarness, subscribeCompany, type BillingHarness } from '../../test/billing-harness';

const taskQueue = 'trials-test';

describe('module trials, under time skipping', () => {
  let harness: BillingHarness;
  // A server per test: completed workflows stop the time-skipping server skipping (see dunning.test.ts).
  beforeEach(async () => {
    harness = await startBillingHarness(taskQueue);
  });
  afterEach(() => harness?.stop());

  async function startTrial(companyId: string, module: 'crm' | 'hr') {
    return harness.env.client.workflow.start('trialWorkflow', {
      workflowId: trialWorkflowId(companyId, module),
      taskQueue,
      args: [{ companyId, module, startedAt: new Date(await harness.env.currentTimeMs()).toISOString() }],
    });
  }

  const rows = (companyId: string) =>
    withTenant(harness.orm, { companyId }, async (em) => ({
      trials: await em.find(ModuleTrial, {}),
      installations: await em.find(ModuleInstallation, {}),
      settings: await em.count(ModuleSetting, {}),
      notices: (await em.find(Notification, { kind: 'trial' }, { orderBy: { createdAt: 'asc' } })).map((n) => n.dedupeKey),
    }));

  it('a CRM trial with a card on file converts to paid after 14 days, reminded 3 days and 1 day before', async () => {
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'Trial Converter', { startedOn: calendarDay(new Date(await harness.env.currentTimeMs())) });
    await addTestCard(handle, '4242');
    const trial = await startTrial(companyId, 'crm');
    const provisioned = await eventually(() => rows(companyId), (found) => found.installations.length === 1 && found.settings > 0);
    expect(provisioned.installations.map((i) => [i.module, i.status])).toEqual([['crm', 'active']]);
    expect(provisioned.settings).toBe(6); // the six default pipeline stages

    expect(await trial.result()).toBe<TrialOutcome>('converted');
    const after = await rows(companyId);
    expect(after.trials.map((t) => [t.module, t.status])).toEqual([['crm', 'converted']]);
    expect(after.notices).toEqual(['trial:crm:reminder:3', 'trial:crm:reminder:1']);
    expect((await handle.query(subscriptionStateQuery)).subscription.modules).toEqual(['crm']);
    const [invoice] = await invoicesOf(harness.orm, companyId);
    expect([invoice!.kind, invoice!.status]).toEqual(['change', 'paid']);
  });

  it('a trial without a card lapses: the module is switched off, its data kept 30 days, then purged', async () => {
    const { companyId } = await subscribeCompany(harness, taskQueue, 'Trial Lapser', { startedOn: calendarDay(new Date(await harness.env.currentTimeMs())) });
    const trial = await startTrial(companyId, 'hr');
    expect(await trial.result()).toBe<TrialOutcome>('lapsed');
    const lapsed = await eventually(() => rows(companyId), (found) => found.installations[0]?.status === 'removed');
    expect(lapsed.trials.map((t) => t.status)).toEqual(['lapsed']);
    expect(lapsed.settings).toBe(4); // kept: the four leave types
    expect(lapsed.notices.at(-1)).toBe('trial:hr:lapsed');

    const provisioning = harness.env.client.workflow.getHandle(provisioningWorkflowId(companyId, 'hr'));
    expect(await provisioning.result()).toEqual({ status: 'purged', purgeAfter: null });
    const purged = await rows(companyId);
    expect([purged.installations[0]!.status, purged.settings]).toEqual(['purged', 0]);
  });

  it('buying during the trial converts it at once, charged once', async () => {
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'Early Buyer', { startedOn: calendarDay(new Date(await harness.env.currentTimeMs())) });
    await addTestCard(handle, '4242');
    const trial = await startTrial(companyId, 'crm');
    await harness.env.sleep(2 * 86_400_000);
    await handle.executeUpdate(addItemUpdate, { args: [{ module: 'crm' }] });
    await trial.signal(trialPurchasedSignal);
    expect(await trial.result()).toBe<TrialOutcome>('converted');
    expect((await invoicesOf(harness.orm, companyId)).length).toBe(1);
    const provisioning = harness.env.client.workflow.getHandle(provisioningWorkflowId(companyId, 'crm'));
    expect(await provisioning.query(installationStateQuery)).toEqual({ status: 'active', purgeAfter: null });
  });

  it('provisioning writes each default once, even when its activity runs again', async () => {
    const { companyId } = await subscribeCompany(harness, taskQueue, 'Provisioned Twice', { startedOn: calendarDay(new Date(await harness.env.currentTimeMs())) });
    const { createActivities } = await import('../activities');
    const { testActivityDependencies } = await import('../../test/activity-dependencies');
    const { provisionModule } = createActivities(testActivityDependencies(harness.orm));
    await Promise.all([provisionModule({ companyId, module: 'crm' }), provisionModule({ companyId, module: 'crm' })]);
    await provisionModule({ companyId, module: 'crm' });
    const found = await rows(companyId);
    expect([found.installations.length, found.settings]).toEqual([1, 6]);
  });
});

describe('removing a bought module, under time skipping', () => {
  let harness: BillingHarness;
  beforeEach(async () => {
    harness = await startBillingHarness('removal-test');
  });
  afterEach(() => harness?.stop());

  it('is scheduled for the period end, then deprovisioned, and its data purged 30 days later', async () => {
    const { periodEnd, startOfDay } = await import('@atrium/core');
    const { removeItemUpdate } = await import('@atrium/workflows');
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId, handle } = await subscribeCompany(harness, 'removal-test', 'Module Remover', { startedOn });
    await addTestCard(handle, '4242');
    await handle.executeUpdate(addItemUpdate, { args: [{ module: 'crm' }] });
    const scheduled = await handle.executeUpdate(removeItemUpdate, { args: [{ module: 'crm' }] });
    expect(scheduled).toMatchObject({ outcome: 'scheduled', effectiveOn: periodEnd(startedOn, 'monthly', 0) });

    const installation = () => withTenant(harness.orm, { companyId }, (em) => em.findOne(ModuleInstallation, { module: 'crm' }));
    expect((await eventually(installation, (found) => found?.status === 'active'))?.status).toBe('active');

    await harness.env.sleep(startOfDay(periodEnd(startedOn, 'monthly', 0)).getTime() + 3_600_000 - (await harness.env.currentTimeMs()));
    const removed = await eventually(installation, (found) => found?.status === 'removed');
    expect(removed?.status).toBe('removed');
    expect((await handle.query(subscriptionStateQuery)).subscription.modules).toEqual([]);
    const renewal = (await invoicesOf(harness.orm, companyId)).find((invoice) => invoice.kind === 'renewal');
    expect(renewal?.subtotal).toBe(2900); // Starter alone: CRM is no longer billed

    const provisioning = harness.env.client.workflow.getHandle(provisioningWorkflowId(companyId, 'crm'));
    const { purgeAfter } = await provisioning.query(installationStateQuery);
    const keptFor = Date.parse(purgeAfter!) - startOfDay(periodEnd(startedOn, 'monthly', 0)).getTime();
    expect(keptFor).toBeGreaterThanOrEqual(30 * 86_400_000);
    expect(keptFor).toBeLessThan(30 * 86_400_000 + 3 * 3_600_000);
    expect(await provisioning.result()).toEqual({ status: 'purged', purgeAfter: null });
    expect(await harness.env.currentTimeMs()).toBeGreaterThanOrEqual(Date.parse(purgeAfter!));
    expect((await installation())?.status).toBe('purged');
    expect(await withTenant(harness.orm, { companyId }, (em) => em.count(ModuleSetting, { module: 'crm' }))).toBe(0);
  });
});
