import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { Notification, PaymentMethod, withTenant } from '@atrium/db';
import { createCompanyWithOwner } from '@atrium/db/testing';
import { cardExpiryScheduleId } from '@atrium/workflows';
import { createActivities } from '../../activities';
import { testActivityDependencies } from '../../../test/activity-dependencies';
import { ensureCardExpirySchedule } from '../card-expiry/ensure-card-expiry-schedule';
import { MikroORM, ormConfig } from '@atrium/db';

describe('card expiry notices', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
  });
  afterAll(() => orm?.close(true));

  async function companyWithCard(expMonth: number, expYear: number) {
    const { companyId } = await createCompanyWithOwner(inject('ownerUrl'), 'Expiring Co', { billingRows: false });
    const cardId = randomUUID();
    await withTenant(orm, { companyId }, async (em) => {
      em.create(PaymentMethod, {
        id: cardId,
        company: companyId,
        gateway: 'sandbox',
        gatewayReference: `pm_sandbox_4242_${cardId.slice(0, 8)}`,
        brand: 'visa',
        last4: '4242',
        expMonth,
        expYear,
        isDefault: true,
      });
      await em.flush();
    });
    return { companyId, cardId };
  }

  const expiryNotices = (companyId: string) =>
    withTenant(orm, { companyId }, (em) => em.find(Notification, { kind: 'card_expiring' }, { orderBy: { dedupeKey: 'asc' } }));

  it('tells a company once at 30 days and once at 7 days before its card expires, however often the scan runs', async () => {
    const { notifyExpiringCards } = createActivities(testActivityDependencies(orm));
    // A card valid through 31 March 2031.
    const { companyId, cardId } = await companyWithCard(3, 2031);

    await notifyExpiringCards({ today: '2031-02-28' }); // 31 days before: nothing yet
    expect(await expiryNotices(companyId)).toEqual([]);

    await notifyExpiringCards({ today: '2031-03-01' }); // 30 days before
    await notifyExpiringCards({ today: '2031-03-02' });
    await notifyExpiringCards({ today: '2031-03-24' }); // 7 days before
    await notifyExpiringCards({ today: '2031-03-25' });
    const sent = await expiryNotices(companyId);
    expect(sent.map((notice) => notice.dedupeKey)).toEqual([`card-expiry:${cardId}:30`, `card-expiry:${cardId}:7`]);
    expect(sent[0]!.title).toBe('Your card Visa •••• 4242 expires on 2031-03-31');
  });

  it('says nothing about a card that has already expired or expires in years', async () => {
    const { notifyExpiringCards } = createActivities(testActivityDependencies(orm));
    const expired = await companyWithCard(1, 2031);
    const later = await companyWithCard(12, 2035);
    await notifyExpiringCards({ today: '2031-03-01' });
    expect(await expiryNotices(expired.companyId)).toEqual([]);
    expect(await expiryNotices(later.companyId)).toEqual([]);
  });

  it('runs daily as a Temporal Schedule, created once', async () => {
    const temporal = { address: inject('temporalAddress'), namespace: 'default', taskQueue: inject('taskQueue'), tls: false };
    // The test stack's worker creates it as it starts, which may not have happened yet; either way, once.
    expect(['created', 'exists']).toContain(await ensureCardExpirySchedule(temporal));
    expect(await ensureCardExpirySchedule(temporal)).toBe('exists');
    const connection = await Connection.connect({ address: temporal.address });
    try {
      const schedule = await new Client({ connection }).schedule.getHandle(cardExpiryScheduleId).describe();
      expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'cardExpiryScanWorkflow' });
      expect(schedule.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 6, end: 6, step: 1 }] });
    } finally {
      await connection.close();
    }
  });
});
