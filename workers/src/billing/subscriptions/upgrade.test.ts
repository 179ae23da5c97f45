import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, calendarDay, daysBetween, periodEnd, startOfDay } from '@atrium/core';
import { SandboxCharge, withTenant } from '@atrium/db';
import { addItemUpdate, changePlanUpdate, subscriptionStateQuery } from '@atrium/workflows';
import { addTestCard, invoicesOf, startBillingHarness, subscribeCompany, type BillingHarness } from '../../../test/billing-harness';

const taskQueue = 'upgrade-test';

/** Half up to the cent, written out here rather than borrowed from core, so the test checks the workflow against the rule. */
const prorated = (price: number, remaining: number, days: number) => Math.floor((price * remaining) / days + 0.5);

describe('mid-period changes of the subscription workflow, under time skipping', () => {
  let harness: BillingHarness;
  beforeAll(async () => {
    harness = await startBillingHarness(taskQueue);
  });
  afterAll(() => harness?.stop());

  it('a company on Starter that moves to Growth mid-month is charged the prorated difference at once', async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'Midmonth Upgrader', { startedOn });
    await addTestCard(handle, '4242');

    // Thirteen days into the period.
    const changeDay = addDays(startedOn, 13);
    await harness.env.sleep(startOfDay(changeDay).getTime() + 9 * 3_600_000 - (await harness.env.currentTimeMs()));
    const outcome = await handle.executeUpdate(changePlanUpdate, { args: [{ plan: 'growth' }] });

    const end = periodEnd(startedOn, 'monthly', 0);
    const days = daysBetween(startedOn, end);
    const remaining = daysBetween(changeDay, end);
    const net = prorated(9900, remaining, days) - prorated(2900, remaining, days);
    const tax = Math.floor((net * 19) / 100 + 0.5);
    expect(outcome.outcome).toBe('applied');
    expect(outcome.state.subscription.plan).toBe('growth');
    if (outcome.outcome !== 'applied') return;
    expect(outcome.invoice!.total).toEqual({ amount: net + tax, currency: 'EUR' });

    const [invoice] = await invoicesOf(harness.orm, companyId);
    expect([invoice!.kind, invoice!.status, invoice!.subtotal, invoice!.taxAmount, invoice!.total]).toEqual(['change', 'paid', net, tax, net + tax]);
    const charges = await withTenant(harness.orm, { companyId }, (em) => em.find(SandboxCharge, {}));
    expect(charges.map((charge) => [charge.status, charge.amount])).toEqual([['succeeded', net + tax]]);
  });

  it('two upgrades in one period are each charged for their own remaining days', async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'Double Upgrader', { startedOn });
    await addTestCard(handle, '4242');
    const end = periodEnd(startedOn, 'monthly', 0);
    const days = daysBetween(startedOn, end);

    await harness.env.sleep(startOfDay(addDays(startedOn, 5)).getTime() + 3_600_000 - (await harness.env.currentTimeMs()));
    await handle.executeUpdate(addItemUpdate, { args: [{ module: 'crm' }] });
    await harness.env.sleep(startOfDay(addDays(startedOn, 20)).getTime() + 3_600_000 - (await harness.env.currentTimeMs()));
    await handle.executeUpdate(addItemUpdate, { args: [{ module: 'hr' }] });

    const crm = prorated(1900, daysBetween(addDays(startedOn, 5), end), days);
    const hr = prorated(1500, daysBetween(addDays(startedOn, 20), end), days);
    const invoices = await invoicesOf(harness.orm, companyId);
    expect(invoices.map((invoice) => invoice.subtotal)).toEqual([crm, hr]);
    expect((await handle.query(subscriptionStateQuery)).subscription.modules).toEqual(['crm', 'hr']);
  });

  it('refuses a change it cannot apply, with the reason, and keeps the state', async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { handle } = await subscribeCompany(harness, taskQueue, 'Refused Co', { startedOn });
    await expect(handle.executeUpdate(changePlanUpdate, { args: [{ plan: 'growth' }] })).rejects.toMatchObject({
      cause: { type: 'payment_method_required' },
    });
    await expect(handle.executeUpdate(changePlanUpdate, { args: [{ plan: 'starter' }] })).rejects.toMatchObject({ cause: { type: 'no_change' } });
    expect((await handle.query(subscriptionStateQuery)).subscription.plan).toBe('starter');
  });
});
