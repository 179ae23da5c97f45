import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addMember, signUpCompany, uniqueEmail } from '../../../test/http';
import { openEventStream } from '../../../test/event-stream';
import { leaveNotice } from '../../../test/notices';
import { createApp } from '../../app';
import { apiConfigFromEnv } from '../../config';
import { closeApiDependencies, createApiDependencies } from '../../create-dependencies';
import type { ApiDependencies } from '../../deps';

const streamPath = (companyId: string) => `/api/companies/${companyId}/notifications/stream`;

describe("the bell's live stream (Server-Sent Events over LISTEN/NOTIFY)", () => {
  /** A second API process of its own, with a fast keep-alive, beside the test stack's API. */
  let second: { url: string; deps: ApiDependencies; server: Server };
  beforeAll(async () => {
    const config = { ...apiConfigFromEnv({ DATABASE_URL: inject('databaseUrl'), TEMPORAL_ADDRESS: inject('temporalAddress'), TEMPORAL_TASK_QUEUE: inject('taskQueue') }), notificationHeartbeatMs: 200 };
    const deps = await createApiDependencies(config, pino({ level: 'silent' }));
    const server = createApp(deps).app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    second = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, deps, server };
  });
  afterAll(async () => {
    if (!second) return;
    second.server.closeAllConnections();
    await new Promise((resolve) => second.server.close(resolve));
    await closeApiDependencies(second.deps);
  });

  it('sends the unread count on connect, then each new notice this person sees as it is written, and the count after a read', async () => {
    const company = await signUpCompany('stream-owner');
    const stream = await openEventStream(`${company.api.baseUrl}${streamPath(company.companyId)}`, company.api.cookie);
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(await stream.nextData()).toEqual({ event: 'unread', data: { type: 'unread', unread: 0 } });

      // Written straight into PostgreSQL, as a worker's activity does: the API hears it through NOTIFY.
      const failed = await leaveNotice(company.companyId, { category: 'billing_failure', kind: 'payment_failed', title: 'Payment of €34.51 failed' });
      const arrived = await stream.nextData<{ type: string; unread: number; notification: { id: string; title: string; read: boolean } }>();
      expect(arrived.event).toBe('notification');
      expect(arrived.data).toMatchObject({ type: 'notification', unread: 1, notification: { id: failed, title: 'Payment of €34.51 failed', read: false } });

      // Someone else's personal notice says nothing here; the next event is the one after it.
      await leaveNotice(company.companyId, { category: 'module_activity', title: 'Not yours', recipientUserId: 'someone-else' });
      await leaveNotice(company.companyId, { category: 'onboarding', title: 'Setup reminder' });
      expect((await stream.nextData<{ notification: { title: string } }>()).data.notification.title).toBe('Setup reminder');

      // Read in another tab: the count follows.
      expect((await company.api.request('POST', `/api/companies/${company.companyId}/notifications/${failed}/read`)).status).toBe(200);
      expect(await stream.nextData()).toEqual({ event: 'unread', data: { type: 'unread', unread: 1 } });
    } finally {
      stream.close();
    }
  });

  it("keeps a member's stream free of billing notices", async () => {
    const company = await signUpCompany('stream-member');
    const member = await addMember(company.api, company.companyId, uniqueEmail('stream-member'), 'member');
    const stream = await openEventStream(`${company.api.baseUrl}${streamPath(company.companyId)}`, member.cookie);
    try {
      expect((await stream.nextData()).data).toEqual({ type: 'unread', unread: 0 });
      await leaveNotice(company.companyId, { category: 'billing_failure', title: 'Payment failed' });
      await leaveNotice(company.companyId, { category: 'onboarding', title: 'For everyone' });
      const next = await stream.nextData<{ unread: number; notification: { title: string } }>();
      expect([next.data.notification.title, next.data.unread]).toEqual(['For everyone', 1]);
    } finally {
      stream.close();
    }
  });

  it('is heard by every API process, keeps itself alive, and stops listening when the browser goes away', async () => {
    const company = await signUpCompany('stream-second');
    const stream = await openEventStream(`${second.url}${streamPath(company.companyId)}`, company.api.cookie);
    expect((await stream.nextData()).data).toEqual({ type: 'unread', unread: 0 });
    expect(second.deps.notificationEvents.subscribers).toBe(1);
    // A keep-alive comment comes by itself on an idle stream.
    let event = await stream.next();
    while (event.comment === undefined) event = await stream.next();
    expect(event.comment).toBe('keep-alive');

    // Written through the test stack's API (another process): this process hears it too.
    const card = await company.api.request('POST', `/api/companies/${company.companyId}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
    expect(card.status).toBe(201);
    expect((await company.api.request('POST', `/api/companies/${company.companyId}/billing/changes`, { change: { kind: 'seats', to: 4 } })).status).toBe(200);
    const seats = await stream.nextData<{ notification: { title: string; category: string } }>();
    expect(seats.data.notification).toMatchObject({ title: 'You now have 4 seats', category: 'subscription' });

    stream.close();
    for (let attempt = 0; attempt < 100 && second.deps.notificationEvents.subscribers > 0; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(second.deps.notificationEvents.subscribers).toBe(0);
  });

  it('refuses a stranger (403), no session (401) and a made-up company id (403), as every company route does', async () => {
    const company = await signUpCompany('stream-refused');
    const stranger = await signUpCompany('stream-stranger');
    const asStranger = await fetch(`${company.api.baseUrl}${streamPath(company.companyId)}`, { headers: { cookie: stranger.api.cookie } });
    expect(asStranger.status).toBe(403);
    expect((await fetch(`${company.api.baseUrl}${streamPath(company.companyId)}`)).status).toBe(401);
    expect((await fetch(`${company.api.baseUrl}${streamPath('00000000-0000-4000-8000-000000000000')}`, { headers: { cookie: company.api.cookie } })).status).toBe(403);
  });
});
