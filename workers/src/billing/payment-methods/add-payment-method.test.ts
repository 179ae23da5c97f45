import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDay } from '@atrium/core';
import { PaymentMethod, withTenant } from '@atrium/db';
import { addPaymentMethodUpdate, removePaymentMethodUpdate, subscriptionStateQuery } from '@atrium/workflows';
import { createActivities } from '../../activities';
import { testActivityDependencies } from '../../../test/activity-dependencies';
import { startBillingHarness, subscribeCompany, type BillingHarness } from '../../../test/billing-harness';

const taskQueue = 'payment-methods-test';
const visa = (last4: string) => ({ gateway: 'sandbox' as const, brand: 'visa', last4, expMonth: 12, expYear: 2040 });

describe('cards on file, under time skipping', () => {
  let harness: BillingHarness;
  beforeAll(async () => {
    harness = await startBillingHarness(taskQueue);
  });
  afterAll(() => harness?.stop());

  const cardsOf = (companyId: string) => withTenant(harness.orm, { companyId }, (em) => em.find(PaymentMethod, {}));

  it('attaching the same card twice under one key (a retried activity) keeps one card', async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId } = await subscribeCompany(harness, taskQueue, 'Retried Attach Co', { startedOn });
    const { addPaymentMethod } = createActivities(testActivityDependencies(harness.orm));
    const first = await addPaymentMethod({ companyId, card: visa('4242'), makeDefault: true, attachKey: 'add-card:1' });
    const again = await addPaymentMethod({ companyId, card: visa('4242'), makeDefault: true, attachKey: 'add-card:1' });
    expect(first.status === 'attached' && again.status === 'attached' && again.paymentMethod.id === first.paymentMethod.id).toBe(true);
    expect(await cardsOf(companyId)).toHaveLength(1);
  });

  it("the workflow's card count is the number of cards on file, whatever was retried or removed", async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'Counted Cards Co', { startedOn });
    const add = (last4: string, idempotencyKey: string) =>
      handle.executeUpdate(addPaymentMethodUpdate, { args: [{ card: visa(last4), makeDefault: true, idempotencyKey }] });

    const card = await add('4242', 'browser-key-1');
    // The same form submitted twice (a retry of the API call) is the same card.
    await add('4242', 'browser-key-1');
    expect(await cardsOf(companyId)).toHaveLength(1);
    expect((await handle.query(subscriptionStateQuery)).paymentMethods).toBe(1);

    await add('9995', 'browser-key-2');
    expect((await handle.query(subscriptionStateQuery)).paymentMethods).toBe(2);
    await handle.executeUpdate(removePaymentMethodUpdate, { args: [{ paymentMethodId: card.id }] });
    expect((await handle.query(subscriptionStateQuery)).paymentMethods).toBe(1);
    expect(await cardsOf(companyId)).toHaveLength(1);
  });
});
