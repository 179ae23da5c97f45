import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, periodEnd, startOfDay, calendarDay } from '@atrium/core';
import { Notification, OutboxMessage, withTenant } from '@atrium/db';
import { dunningWorkflowId, reactivateUpdate, subscriptionStateQuery, type DunningOutcome } from '@atrium/workflows';
import { PaymentMethod } from '@atrium/db';
import {
  addTestCard,
  eventually,
  invoicesOf,
  paymentsOf,
  startBillingHarness,
  subscribeCompany,
  type BillingHarness,
} from '../../../test/billing-harness';

const taskQueue = 'dunning-test';
const hourMs = 3_600_000;

describe('dunning after a failed renewal, under time skipping', () => {
  let harness: BillingHarness;
  // A server per test: once a dunning workflow has completed, the time-skipping test
  // server stops skipping for later sleeps (its parent run has continued as new).
  beforeEach(async () => {
    harness = await startBillingHarness(taskQueue);
  });
  afterEach(() => harness?.stop());

  /** Sleeps (server time) until `hours` after the first renewal of a subscription started on `startedOn`. */
  async function sleepUntilAfterRenewal(startedOn: string, hours: number) {
    const renewal = startOfDay(periodEnd(startedOn, 'monthly', 0)).getTime();
    await harness.env.sleep(renewal + hours * hourMs - (await harness.env.currentTimeMs()));
  }

  const notices = (companyId: string) =>
    withTenant(harness.orm, { companyId }, (em) => em.find(Notification, { kind: 'payment' }, { orderBy: { createdAt: 'asc' } }));

  it('a card whose charges fail walks the whole path: retries on days 1, 3, 5, 7, read-only, written off on day 30', async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'Declined Forever', { startedOn });
    await addTestCard(handle, '0341');

    await sleepUntilAfterRenewal(startedOn, 2);
    const [invoice] = await eventually(() => invoicesOf(harness.orm, companyId), (found) => found.length === 1);
    expect(invoice!.status).toBe('open');
    expect((await handle.query(subscriptionStateQuery)).status).toBe('payment_failed');
    const dunning = harness.env.client.workflow.getHandle(dunningWorkflowId(invoice!.id));

    // Day 6: three retries so far (days 1, 3, 5), still usable.
    await sleepUntilAfterRenewal(startedOn, 6 * 24 + 2);
    expect((await eventually(() => paymentsOf(harness.orm, companyId), (p) => p.length === 4)).map((p) => [p.attempt, p.status])).toEqual([
      [1, 'failed'],
      [2, 'failed'],
      [3, 'failed'],
      [4, 'failed'],
    ]);
    expect((await handle.query(subscriptionStateQuery)).status).toBe('payment_failed');

    // Day 8: the last retry (day 7) failed; the company is past due, its paid modules read-only.
    await sleepUntilAfterRenewal(startedOn, 8 * 24);
    await eventually(() => handle.query(subscriptionStateQuery), (state) => state.status === 'past_due');
    expect((await paymentsOf(harness.orm, companyId)).length).toBe(5);

    // Day 30: written off, subscription canceled. (Waiting on the result lets the server skip to it.)
    expect(await dunning.result()).toBe<DunningOutcome>('written_off');
    expect(await harness.env.currentTimeMs()).toBeGreaterThanOrEqual(startOfDay(periodEnd(startedOn, 'monthly', 0)).getTime() + 30 * 24 * hourMs);
    const state = await eventually(() => handle.query(subscriptionStateQuery), (s) => s.status === 'canceled');
    expect([state.status, state.dunningInvoiceId]).toEqual(['canceled', null]);
    expect((await invoicesOf(harness.orm, companyId)).map((i) => i.status)).toEqual(['uncollectible']);

    // One notice per failed attempt, then the write-off; each one mailed to the owner once.
    const sent = await notices(companyId);
    expect(sent.map((n) => n.dedupeKey.split(':').slice(2).join(':'))).toEqual(['failed:1', 'failed:2', 'failed:3', 'failed:4', 'failed:5', 'written-off']);
    expect(sent[0]!.body).toContain(`We will try again on ${addDays(periodEnd(startedOn, 'monthly', 0), 1)}`);
    expect(sent[4]!.body).toContain('read-only');
    const mails = await withTenant(harness.orm, { system: 'test: read outbox' }, (em) =>
      em.find(OutboxMessage, { subject: { $like: `%${invoice!.number}%` } }),
    );
    expect(mails.length).toBeGreaterThanOrEqual(1);
  });

  it('a new card during dunning pays the invoice at once and lifts the restrictions', async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'Card Updater', { startedOn });
    await addTestCard(handle, '9995');

    // Day 8: past due after four failed retries.
    await sleepUntilAfterRenewal(startedOn, 8 * 24);
    await eventually(() => handle.query(subscriptionStateQuery), (state) => state.status === 'past_due');
    const [invoice] = await invoicesOf(harness.orm, companyId);

    await addTestCard(handle, '4242');
    const dunning = harness.env.client.workflow.getHandle(dunningWorkflowId(invoice!.id));
    expect(await dunning.result()).toBe<DunningOutcome>('paid');
    const state = await eventually(() => handle.query(subscriptionStateQuery), (s) => s.status === 'active');
    expect([state.status, state.dunningInvoiceId]).toEqual(['active', null]);

    const payments = await paymentsOf(harness.orm, companyId);
    expect(payments.map((p) => p.status)).toEqual(['failed', 'failed', 'failed', 'failed', 'failed', 'succeeded']);
    expect(payments.at(-1)!.paymentMethodLabel).toBe('Visa •••• 4242');
    expect((await invoicesOf(harness.orm, companyId)).map((i) => i.status)).toEqual(['paid']);
    expect((await notices(companyId)).at(-1)!.title).toBe(`Invoice ${invoice!.number} is paid`);
  });

  it('a company without a card is asked for one, and the first card it adds pays', async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'No Card Yet', { startedOn });
    await sleepUntilAfterRenewal(startedOn, 30);
    const [first] = await eventually(() => notices(companyId), (found) => found.length >= 2);
    expect(first!.body).toContain('there is no card on file');

    await addTestCard(handle, '4242');
    await eventually(() => invoicesOf(harness.orm, companyId), (found) => found[0]?.status === 'paid');
    expect((await eventually(() => handle.query(subscriptionStateQuery), (s) => s.status === 'active')).status).toBe('active');
  });

  it('reactivating after a write-off bills a new period: an annual plan gets no free year', async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'Written Off Annual', { startedOn, cycle: 'annual' });
    await addTestCard(handle, '0341');
    const renewal = startOfDay(periodEnd(startedOn, 'annual', 0)).getTime();
    await harness.env.sleep(renewal + 2 * hourMs - (await harness.env.currentTimeMs()));
    const [invoice] = await eventually(() => invoicesOf(harness.orm, companyId), (found) => found.length === 1);
    const failed = await handle.query(subscriptionStateQuery);
    // Invoiced, not paid: the year is not the company's until the charge goes through.
    expect([failed.invoicedThrough, failed.paidThrough]).toEqual([periodEnd(startedOn, 'annual', 1), periodEnd(startedOn, 'annual', 0)]);

    expect(await harness.env.client.workflow.getHandle(dunningWorkflowId(invoice!.id)).result()).toBe<DunningOutcome>('written_off');
    await eventually(() => handle.query(subscriptionStateQuery), (state) => state.status === 'canceled');

    await addTestCard(handle, '4242');
    const back = await handle.executeUpdate(reactivateUpdate);
    const today = calendarDay(new Date(await harness.env.currentTimeMs()));
    expect([back.status, back.period.start, back.paidThrough]).toEqual(['active', today, periodEnd(today, 'annual', 0)]);
    const invoices = await invoicesOf(harness.orm, companyId);
    expect(invoices.map((i) => [i.periodStart, i.status])).toEqual([
      [periodEnd(startedOn, 'annual', 0), 'uncollectible'],
      [today, 'paid'],
    ]);
  });

  it('a card added just as dunning ended is stored, and the update answers', async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'Late Card Co', { startedOn });
    await addTestCard(handle, '0341');
    await sleepUntilAfterRenewal(startedOn, 2);
    const [invoice] = await eventually(() => invoicesOf(harness.orm, companyId), (found) => found.length === 1);
    // The dunning run is gone (an operator ended it, or it completed) before the subscription heard of it.
    await harness.env.client.workflow.getHandle(dunningWorkflowId(invoice!.id)).terminate('test: dunning ended');

    const card = await addTestCard(handle, '4242');
    expect(card.last4).toBe('4242');
    const cards = await withTenant(harness.orm, { companyId }, (em) => em.count(PaymentMethod, {}));
    expect(cards).toBe(2);
    expect((await handle.query(subscriptionStateQuery)).paymentMethods).toBe(2);
  });
});
