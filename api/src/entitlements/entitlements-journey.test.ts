import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import { plans, startOfDay, type PlanKey } from '@atrium/core';
import { dunningWorkflowId } from '@atrium/workflows';
// The journey needs a subscription that lives through months: the worker's harness under
// time skipping, and this API in-process, pointed at the same Temporal and PostgreSQL.
import { eventually, startBillingHarness, type BillingHarness } from '../../../workers/test/billing-harness';
import { ApiClient, uniqueEmail, password } from '../../test/http';
import { createApp } from '../app';
import { apiConfigFromEnv } from '../config';
import { closeApiDependencies, createApiDependencies } from '../create-dependencies';
import type { ApiDependencies } from '../deps';

const taskQueue = 'entitlements-journey';
const card = (number: string) => ({ number, expMonth: 12, expYear: 2040, cvc: '123' });

interface Expected {
  plan: PlanKey;
  seats: number;
  status: string;
  crm: 'active' | 'read_only' | 'not_available';
}

describe('what a company pays for is what it gets, at every step from Starter to a write-off and back', () => {
  let harness: BillingHarness;
  let deps: ApiDependencies;
  let server: Server;
  let owner: ApiClient;
  let companyId: string;

  beforeAll(async () => {
    harness = await startBillingHarness(taskQueue);
    const config = apiConfigFromEnv({ DATABASE_URL: inject('databaseUrl'), TEMPORAL_TASK_QUEUE: taskQueue, ATRIUM_DEV_OUTBOX: 'true' });
    deps = { ...(await createApiDependencies(config, pino({ level: 'silent' }))), temporal: harness.env.client };
    server = createApp(deps).app.listen(0);
    owner = new ApiClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const signedUp = await owner.request('POST', '/api/signup', { email: uniqueEmail('journey'), password, name: 'Jo Urney', companyName: 'Journey Co' });
    expect(signedUp.status).toBe(201);
    companyId = signedUp.body.company.id;
  });

  afterAll(async () => {
    server?.close();
    if (deps) await closeApiDependencies({ ...deps, temporal: { connection: { close: async () => undefined } } } as never);
    await harness?.stop();
  });

  const company = (path = '') => `/api/companies/${companyId}${path}`;

  /** The team page, the company view, the marketplace, the module gate, the overview and billing all say the same. */
  async function expectAgreement(expected: Expected) {
    const view = (await owner.request('GET', company())).body;
    expect([view.plan.key, view.seats.paid, view.seats.limit]).toEqual([expected.plan, expected.seats, plans[expected.plan].seatLimit]);

    const marketplace = (await owner.request('GET', company('/marketplace'))).body;
    expect(marketplace.plan.key).toBe(expected.plan);
    expect(marketplace.modules.find((entry: { key: string }) => entry.key === 'crm').state.kind).toBe(expected.crm);

    const billing = (await owner.request('GET', company('/billing'))).body;
    expect([billing.subscription.plan, billing.subscription.seats, billing.subscription.status]).toEqual([expected.plan, expected.seats, expected.status]);
    expect(billing.subscription.people.members).toBe(view.seats.members);

    const overview = (await owner.request('GET', company('/overview'))).body;
    expect(overview.modules.map((entry: { key: string; state: { kind: string } }) => [entry.key, entry.state.kind])).toEqual(
      expected.crm === 'not_available' ? [] : [['crm', expected.crm]],
    );
    expect(overview.seats.paid).toBe(expected.seats);

    // The gate: reads while active or read-only, writes only while active.
    const read = await owner.request('GET', company('/modules/crm'));
    const write = await owner.request('POST', company('/modules/crm/setup-steps/import_contacts/complete'));
    if (expected.crm === 'not_available') {
      expect([read.status, read.body.error, write.status]).toEqual([402, 'module_not_active', 402]);
    } else if (expected.crm === 'read_only') {
      expect([read.status, write.status, write.body.error]).toEqual([200, 402, 'modules_read_only']);
    } else {
      expect(read.status).toBe(200);
      expect(write.status).not.toBe(402);
    }
  }

  /** Skips server time to just after the end of the current period, then waits for the workflow to act on it. */
  async function skipPastPeriodEnd(status: (s: string) => boolean) {
    const billing = (await owner.request('GET', company('/billing'))).body;
    await harness.env.sleep(Math.max(0, startOfDay(billing.subscription.periodEnd).getTime() + 3_600_000 - (await harness.env.currentTimeMs())));
    await eventually(
      async () => (await owner.request('GET', company('/billing'))).body.subscription.status as string,
      status,
    );
  }

  it('walks Starter → Growth → more seats → cancel → reactivate → write-off → reactivate', async () => {
    await eventually(async () => (await owner.request('GET', company('/billing'))).status, (status) => status === 200);
    await expectAgreement({ plan: 'starter', seats: 3, status: 'active', crm: 'not_available' });

    expect((await owner.request('POST', company('/billing/payment-methods'), card('4242 4242 4242 4242'))).status).toBe(201);
    expect((await owner.request('POST', company('/marketplace/crm/purchase'))).status).toBe(200);
    await expectAgreement({ plan: 'starter', seats: 3, status: 'active', crm: 'active' });

    // Growth: ten seats included; the sixth invitation that Starter refused now goes out.
    expect((await owner.request('POST', company('/billing/changes'), { change: { kind: 'plan', to: 'growth' } })).status).toBe(200);
    await expectAgreement({ plan: 'growth', seats: 10, status: 'active', crm: 'active' });
    for (let person = 2; person <= 6; person++) {
      expect((await owner.request('POST', company('/invitations'), { email: uniqueEmail(`p${person}`), role: 'member' })).status).toBe(201);
    }

    expect((await owner.request('POST', company('/billing/changes'), { change: { kind: 'seats', to: 12 } })).status).toBe(200);
    await expectAgreement({ plan: 'growth', seats: 12, status: 'active', crm: 'active' });

    // Canceled at the period end: everything works until then, nothing after.
    expect((await owner.request('POST', company('/billing/cancel'))).status).toBe(200);
    await expectAgreement({ plan: 'growth', seats: 12, status: 'active', crm: 'active' });
    await skipPastPeriodEnd((status) => status === 'canceled');
    await expectAgreement({ plan: 'growth', seats: 12, status: 'canceled', crm: 'not_available' });

    const invoicesBefore = (await owner.request('GET', company('/billing/invoices'))).body.invoices.length;
    expect((await owner.request('POST', company('/billing/reactivate'))).status).toBe(200);
    const afterReactivation = (await owner.request('GET', company('/billing/invoices'))).body.invoices;
    expect(afterReactivation.length).toBe(invoicesBefore + 1);
    expect(afterReactivation[0].status).toBe('paid');
    await expectAgreement({ plan: 'growth', seats: 12, status: 'active', crm: 'active' });

    // A card whose charges fail: the renewal goes to dunning, read-only after the last retry, written off on day 30.
    expect((await owner.request('POST', company('/billing/payment-methods'), card('4000 0000 0000 0341'))).status).toBe(201);
    await skipPastPeriodEnd((status) => status === 'payment_failed');
    await expectAgreement({ plan: 'growth', seats: 12, status: 'payment_failed', crm: 'active' });
    const open = (await owner.request('GET', company('/billing/invoices'))).body.invoices[0];
    expect(open.status).toBe('open');
    const dunning = harness.env.client.workflow.getHandle(dunningWorkflowId(open.id));
    await harness.env.sleep(8 * 86_400_000);
    await eventually(async () => (await owner.request('GET', company('/billing'))).body.subscription.status, (status) => status === 'past_due');
    await expectAgreement({ plan: 'growth', seats: 12, status: 'past_due', crm: 'read_only' });
    expect(await dunning.result()).toBe('written_off');
    await eventually(async () => (await owner.request('GET', company('/billing'))).body.subscription.status, (status) => status === 'canceled');
    await expectAgreement({ plan: 'growth', seats: 12, status: 'canceled', crm: 'not_available' });

    // Back with a working card: reactivation starts a new period and bills it; it is never free.
    const cards = (await owner.request('GET', company('/billing/payment-methods'))).body.paymentMethods;
    const good = cards.find((entry: { last4: string }) => entry.last4 === '4242');
    expect((await owner.request('POST', company(`/billing/payment-methods/${good.id}/default`))).status).toBe(200);
    const beforeComeback = (await owner.request('GET', company('/billing/invoices'))).body.invoices.length;
    expect((await owner.request('POST', company('/billing/reactivate'))).status).toBe(200);
    const comeback = (await owner.request('GET', company('/billing/invoices'))).body.invoices;
    expect(comeback.length).toBe(beforeComeback + 1);
    expect(comeback[0]).toMatchObject({ status: 'paid' });
    await expectAgreement({ plan: 'growth', seats: 12, status: 'active', crm: 'active' });
  }, 240_000);
});
