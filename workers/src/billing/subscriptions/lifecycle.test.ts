import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, calendarDay, periodEnd, startOfDay } from '@atrium/core';
import { cancelUpdate, pauseUpdate, reactivateUpdate, resumeUpdate, subscriptionStateQuery } from '@atrium/workflows';
import { addTestCard, eventually, invoicesOf, startBillingHarness, subscribeCompany, type BillingHarness } from '../../../test/billing-harness';

const taskQueue = 'lifecycle-test';
const dayMs = 86_400_000;

describe('cancel, reactivate, pause and resume, under time skipping', () => {
  let harness: BillingHarness;
  beforeAll(async () => {
    harness = await startBillingHarness(taskQueue);
  });
  afterAll(() => harness?.stop());

  const sleepUntil = async (day: string, hours = 1) =>
    harness.env.sleep(startOfDay(day).getTime() + hours * 3_600_000 - (await harness.env.currentTimeMs()));

  it('a cancellation takes effect at the period end, with no invoice; reactivating later starts a new paid period', async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'Leaving Co', { startedOn });
    await addTestCard(handle, '4242');
    expect((await handle.executeUpdate(cancelUpdate)).cancelAtPeriodEnd).toBe(true);

    const end = periodEnd(startedOn, 'monthly', 0);
    await sleepUntil(end, 2);
    const canceled = await eventually(() => handle.query(subscriptionStateQuery), (state) => state.status === 'canceled');
    expect(canceled.status).toBe('canceled');
    await harness.env.sleep(40 * dayMs);
    expect(await invoicesOf(harness.orm, companyId)).toEqual([]);

    const back = await handle.executeUpdate(reactivateUpdate);
    expect(back.status).toBe('active');
    expect(back.period.start).toBe(calendarDay(new Date(await harness.env.currentTimeMs())));
    const invoices = await invoicesOf(harness.orm, companyId);
    expect(invoices.map((invoice) => [invoice.kind, invoice.status, invoice.total])).toEqual([['renewal', 'paid', 3451]]);
  });

  it('a paused company is not invoiced, and resumes by itself on the chosen day, billed from then', async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'Pausing Co', { startedOn });
    await addTestCard(handle, '4242');
    const resumeOn = addDays(startedOn, 50);
    const paused = await handle.executeUpdate(pauseUpdate, { args: [{ until: resumeOn }] });
    expect([paused.status, paused.pausedUntil]).toEqual(['paused', resumeOn]);

    // The first period end passes while paused: nothing is invoiced.
    await sleepUntil(addDays(periodEnd(startedOn, 'monthly', 0), 2));
    expect(await invoicesOf(harness.orm, companyId)).toEqual([]);
    expect((await handle.query(subscriptionStateQuery)).status).toBe('paused');

    await sleepUntil(resumeOn, 2);
    const resumed = await eventually(() => handle.query(subscriptionStateQuery), (state) => state.status === 'active');
    expect([resumed.status, resumed.period.start, resumed.pausedUntil]).toEqual(['active', resumeOn, null]);
    const invoices = await eventually(() => invoicesOf(harness.orm, companyId), (found) => found.length === 1);
    expect(invoices.map((invoice) => [invoice.periodStart, invoice.status])).toEqual([[resumeOn, 'paid']]);
  });

  it('resuming on demand within a period already paid for charges nothing', async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'Brief Pause Co', { startedOn });
    await handle.executeUpdate(pauseUpdate, { args: [{ until: null }] });
    await harness.env.sleep(3 * dayMs);
    const resumed = await handle.executeUpdate(resumeUpdate);
    expect([resumed.status, resumed.period.start]).toEqual(['active', startedOn]);
    expect(await invoicesOf(harness.orm, companyId)).toEqual([]);
    await expect(handle.executeUpdate(resumeUpdate)).rejects.toMatchObject({ cause: { type: 'not_paused' } });
  });
});
