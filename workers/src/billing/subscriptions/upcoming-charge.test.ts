import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDay, periodEnd, startOfDay } from '@atrium/core';
import { Notification, OutboxMessage, withTenant } from '@atrium/db';
import { cancelUpdate, upcomingChargeNoticeDays } from '@atrium/workflows';
import { addTestCard, eventually, invoicesOf, startBillingHarness, subscribeCompany, type BillingHarness } from '../../../test/billing-harness';

const taskQueue = 'upcoming-charge-test';
const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

describe('the upcoming-charge notice 7 days before a renewal, under time skipping', () => {
  let harness: BillingHarness;
  beforeAll(async () => {
    harness = await startBillingHarness(taskQueue);
  });
  afterAll(() => harness?.stop());

  const upcoming = (companyId: string) =>
    withTenant(harness.orm, { companyId }, (em) => em.find(Notification, { kind: 'upcoming_charge' }, { orderBy: { createdAt: 'asc' } }));
  const sleepUntil = async (at: number) => harness.env.sleep(at - (await harness.env.currentTimeMs()));

  it('tells the owner the amount and the date 7 days before the renewal, once, and not before; a company that cancels is not told', async () => {
    const startedOn = calendarDay(new Date(await harness.env.currentTimeMs()));
    const { companyId, handle } = await subscribeCompany(harness, taskQueue, 'Upcoming Charge Co', { startedOn });
    await addTestCard(handle, '4242');
    const leaving = await subscribeCompany(harness, taskQueue, 'Leaving Co', { startedOn });
    await addTestCard(leaving.handle, '4242');
    await leaving.handle.executeUpdate(cancelUpdate);

    const renewalDay = periodEnd(startedOn, 'monthly', 0);
    const renewalAt = startOfDay(renewalDay).getTime();
    const noticeAt = renewalAt - upcomingChargeNoticeDays * dayMs;

    // An hour before the notice is due: nothing yet.
    await sleepUntil(noticeAt - hourMs);
    expect(await upcoming(companyId)).toEqual([]);

    // An hour after: Starter's €29 + 19% VAT, on the renewal day.
    await sleepUntil(noticeAt + hourMs);
    const [notice] = await eventually(() => upcoming(companyId), (found) => found.length > 0);
    expect(notice).toMatchObject({
      category: 'billing',
      title: `Your next charge: €34.51 on ${renewalDay}`,
      body: `Your Starter subscription renews on ${renewalDay}. We will charge €34.51 to your default card.`,
      dedupeKey: `upcoming-charge:${renewalDay}`,
      recipientUserId: null,
    });
    const [owner] = await withTenant(harness.orm, { companyId }, (em) =>
      em.execute<{ email: string }[]>(`select u.email from membership m join "user" u on u.id = m.user_id where m.role = 'owner'`, [], 'all'),
    );
    const mails = await withTenant(harness.orm, { system: 'test: read outbox' }, (em) => em.find(OutboxMessage, { to: owner!.email }));
    expect(mails.map((mail) => mail.subject)).toEqual([notice!.title]);

    // The renewal itself, a day later, charges that amount; the notice was sent once, and the next period's is weeks away.
    await sleepUntil(renewalAt + dayMs);
    const invoices = await eventually(() => invoicesOf(harness.orm, companyId), (found) => found.some((invoice) => invoice.status === 'paid'));
    expect(invoices.map((invoice) => [invoice.kind, invoice.status, invoice.total, invoice.periodStart])).toEqual([['renewal', 'paid', 3451, renewalDay]]);
    expect(await upcoming(companyId)).toHaveLength(1);
    expect(await upcoming(leaving.companyId)).toEqual([]);
  });
});
