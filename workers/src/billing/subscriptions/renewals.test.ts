import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, calendarDay, periodEnd, startOfDay } from '@atrium/core';
import { SandboxCharge, Subscription, withTenant } from '@atrium/db';
import { subscriptionStateQuery } from '@atrium/workflows';
import { addTestCard, eventually, invoicesOf, startBillingHarness, subscribeCompany, type BillingHarness } from '../../../test/billing-harness';

const taskQueue = 'renewals-test';

describe('renewals of the subscription workflow, under time skipping', () => {
  let harness: BillingHarness;
  beforeAll(async () => {
    harness = await startBillingHarness(taskQueue);
  });
  afterAll(() => harness?.stop());

  it('a company on Starter for thirteen months pays thirteen renewal invoices of €34.51 (€29 + 19% VAT)', async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'Thirteen Months', { startedOn });
    await addTestCard(handle, '4242');

    // The 13th renewal is on the end of period 12; sleep a little past it.
    const lastRenewal = startOfDay(periodEnd(startedOn, 'monthly', 12)).getTime();
    await harness.env.sleep(lastRenewal - (await harness.env.currentTimeMs()) + 3_600_000);

    const invoices = await eventually(
      () => invoicesOf(harness.orm, companyId),
      (found) => found.filter((invoice) => invoice.status === 'paid').length >= 13,
    );
    expect(invoices).toHaveLength(13);
    expect(invoices.map((invoice) => [invoice.status, invoice.subtotal, invoice.taxAmount, invoice.total])).toEqual(
      Array.from({ length: 13 }, () => ['paid', 2900, 551, 3451]),
    );
    // Each invoice pays for the period that starts on its renewal day, back to back.
    expect(invoices.map((invoice) => invoice.periodStart)).toEqual(
      Array.from({ length: 13 }, (_, index) => periodEnd(startedOn, 'monthly', index)),
    );
    // Numbered per year of issue: ATR-2026-…, then ATR-2027-… from January.
    const numbers = invoices.map((invoice) => invoice.number!);
    expect(new Set(numbers).size).toBe(13);
    expect(numbers.every((number, index) => number.startsWith(`ATR-${periodEnd(startedOn, 'monthly', index).slice(0, 4)}-`))).toBe(true);

    const charges = await withTenant(harness.orm, { companyId }, (em) => em.find(SandboxCharge, {}));
    expect(charges.map((charge) => [charge.status, charge.amount])).toEqual(Array.from({ length: 13 }, () => ['succeeded', 3451]));

    const state = await handle.query(subscriptionStateQuery);
    expect(state.period.start).toBe(periodEnd(startedOn, 'monthly', 12));
    const recorded = await withTenant(harness.orm, { companyId }, (em) => em.findOneOrFail(Subscription, { company: companyId }));
    expect([recorded.status, recorded.periodStart]).toEqual(['active', state.period.start]);
  });

  it('a downgrade to fewer seats waits for the period end and is then billed at the lower price', async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'Seat Trimmer', { startedOn });
    await addTestCard(handle, '4242');
    const { changeSeatsUpdate } = await import('@atrium/workflows');
    // 5 seats: Starter's 3 plus 2 extra at €8.
    const added = await handle.executeUpdate(changeSeatsUpdate, { args: [{ seats: 5 }] });
    expect(added.outcome).toBe('applied');
    const trimmed = await handle.executeUpdate(changeSeatsUpdate, { args: [{ seats: 4 }] });
    expect(trimmed).toMatchObject({ outcome: 'scheduled', effectiveOn: periodEnd(startedOn, 'monthly', 0) });

    await harness.env.sleep(startOfDay(addDays(periodEnd(startedOn, 'monthly', 0), 1)).getTime() - (await harness.env.currentTimeMs()));
    const invoices = await eventually(
      () => invoicesOf(harness.orm, companyId),
      (found) => found.some((invoice) => invoice.kind === 'renewal' && invoice.status === 'paid'),
    );
    const renewal = invoices.find((invoice) => invoice.kind === 'renewal')!;
    // €29 + 1 extra seat €8 = €37, + 19% VAT €7.03 = €44.03.
    expect([renewal.subtotal, renewal.taxAmount, renewal.total]).toEqual([3700, 703, 4403]);
    expect((await handle.query(subscriptionStateQuery)).subscription.seats).toBe(4);
  });
});
