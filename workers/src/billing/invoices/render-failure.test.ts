import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDay } from '@atrium/core';
import { addItemUpdate, changePlanUpdate, subscriptionStateQuery } from '@atrium/workflows';
import { addTestCard, invoicesOf, startBillingHarness, subscribeCompany, type BillingHarness } from '../../../test/billing-harness';

const taskQueue = 'render-failure-test';

describe('an invoice PDF that cannot be rendered, under time skipping', () => {
  let harness: BillingHarness;
  let renderAttempts = 0;
  beforeAll(async () => {
    harness = await startBillingHarness(taskQueue, {
      async renderInvoiceDocuments() {
        renderAttempts += 1;
        throw new Error('test: the PDF renderer is broken');
      },
    });
  });
  afterAll(() => harness?.stop());

  it('blocks neither the paid upgrade nor the changes after it', async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'Broken Printer Co', { startedOn });
    await addTestCard(handle, '4242');

    const upgraded = await handle.executeUpdate(changePlanUpdate, { args: [{ plan: 'growth' }] });
    expect([upgraded.outcome, upgraded.state.subscription.plan]).toEqual(['applied', 'growth']);
    expect(upgraded.state.paidThrough).toBe(upgraded.state.period.end);
    const more = await handle.executeUpdate(addItemUpdate, { args: [{ module: 'crm' }] });
    expect(more.outcome).toBe('applied');

    expect((await invoicesOf(harness.orm, companyId)).map((invoice) => invoice.status)).toEqual(['paid', 'paid']);
    expect((await handle.query(subscriptionStateQuery)).subscription).toMatchObject({ plan: 'growth', modules: ['crm'] });
    // A few attempts per invoice, not a retry loop that never ends.
    expect(renderAttempts).toBe(6);
  });
});
