import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { password, signUpCompany } from '../../test/http';
import { createApp } from '../app';
import { apiConfigFromEnv } from '../config';
import { closeApiDependencies, createApiDependencies } from '../create-dependencies';
import type { ApiDependencies } from '../deps';

/**
 * Two API processes of their own (same PostgreSQL, same Temporal as the test stack) with low
 * limits: 3 failed sign-ins in a row per account and address, 5 failures per address, 6
 * requests per door and address. Each test speaks from addresses of its own through
 * X-Forwarded-For, which the API trusts (one hop) as the dashboard's proxy sets it.
 */
const limits = {
  ATRIUM_RATE_LIMIT_CONSECUTIVE_FAILURES: '3',
  ATRIUM_RATE_LIMIT_FAILURES_PER_ADDRESS: '5',
  ATRIUM_RATE_LIMIT_REQUESTS_PER_ADDRESS: '6',
  ATRIUM_RATE_LIMIT_BLOCK_MINUTES: '15',
};

interface RunningApi {
  url: string;
  stop(): Promise<void>;
}

async function startApi(): Promise<RunningApi> {
  const config = apiConfigFromEnv({
    DATABASE_URL: inject('databaseUrl'),
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_TASK_QUEUE: inject('taskQueue'),
    ...limits,
  });
  const deps: ApiDependencies = await createApiDependencies(config, pino({ level: 'silent' }));
  const { app } = createApp(deps);
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await closeApiDependencies(deps);
    },
  };
}

let addressSequence = 0;
const runPrefix = `10.${Math.floor(Math.random() * 250)}`;
/** An address no other test (nor the other suites, all on 127.0.0.1) speaks from. */
const newAddress = () => `${runPrefix}.${Math.floor(addressSequence / 250)}.${(addressSequence++ % 250) + 1}`;

async function call(base: string, method: string, path: string, address: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'x-forwarded-for': address, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    redirect: 'manual',
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : text;
  return { status: response.status, body: json, retryAfter: response.headers.get('retry-after') };
}

const signIn = (base: string, address: string, email: string, secret: string) => call(base, 'POST', '/api/login', address, { email, password: secret });

function expectTooManyRequests(response: Awaited<ReturnType<typeof call>>, minutes: number) {
  expect(response.status).toBe(429);
  expect(response.body).toEqual({ error: 'too_many_requests', message: expect.stringMatching(new RegExp(`try again in ${minutes} minutes`)) });
  const seconds = Number(response.retryAfter);
  expect(seconds).toBeGreaterThan((minutes - 1) * 60);
  expect(seconds).toBeLessThanOrEqual(minutes * 60);
}

describe('rate limits on the doors', () => {
  let first: RunningApi;
  let second: RunningApi;

  beforeAll(async () => {
    [first, second] = await Promise.all([startApi(), startApi()]);
  });

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
  });

  describe('signing in', () => {
    it('after 3 wrong passwords in a row from one address, that address waits even with the right one; the person still signs in from elsewhere', async () => {
      const { email } = await signUpCompany('locked');
      const attacker = newAddress();
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        expect((await signIn(first.url, attacker, email, 'wrong-passphrase-1')).status, `attempt ${attempt}`).toBe(401);
      }
      const refused = await signIn(first.url, attacker, email, password);
      expectTooManyRequests(refused, 15);
      expect(refused.body.message).toMatch(/failed sign-ins to this account/);

      // The counters are in PostgreSQL: another API process refuses that address as well…
      expectTooManyRequests(await signIn(second.url, attacker, email, password), 15);
      // …and the person, from their own address, is not locked out.
      const owner = await signIn(second.url, newAddress(), email, password);
      expect(owner.status).toBe(200);
      expect(owner.body.user.email).toBe(email);
    });

    it('a successful sign-in clears the failures in a row', async () => {
      const { email } = await signUpCompany('forgetful');
      const address = newAddress();
      for (const round of [1, 2]) {
        expect((await signIn(first.url, address, email, 'wrong-passphrase-1')).status, `round ${round}`).toBe(401);
        expect((await signIn(second.url, address, email, 'wrong-passphrase-2')).status, `round ${round}`).toBe(401);
        expect((await signIn(first.url, address, email, password)).status, `round ${round}`).toBe(200);
      }
    });

    it("better-auth's own /api/auth/sign-in/email shares the count with /api/login, and still reads its body", async () => {
      const { email } = await signUpCompany('two-doors');
      const address = newAddress();
      const viaBetterAuth = (secret: string) => call(first.url, 'POST', '/api/auth/sign-in/email', address, { email, password: secret });
      expect((await viaBetterAuth('wrong-passphrase-1')).status).toBe(401);
      expect((await signIn(first.url, address, email, 'wrong-passphrase-2')).status).toBe(401);
      expect((await viaBetterAuth(password)).status).toBe(200);
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        expect((await (attempt % 2 ? viaBetterAuth('wrong') : signIn(first.url, address, email, 'wrong'))).status).toBe(401);
      }
      expectTooManyRequests(await viaBetterAuth(password), 15);
      expectTooManyRequests(await signIn(first.url, address, email, password), 15);
    });

    it('one address trying many accounts is stopped by its failures per address, and others are not', async () => {
      const { email } = await signUpCompany('sprayed');
      const sprayer = newAddress();
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        expect((await signIn(first.url, sprayer, `nobody-${attempt}-${Date.now()}@example.com`, 'guess-passphrase-1')).status).toBe(401);
      }
      const refused = await signIn(first.url, sprayer, email, password);
      expectTooManyRequests(refused, 60);
      expect(refused.body.message).toMatch(/failed sign-ins from your network/);
      expect((await signIn(second.url, newAddress(), email, password)).status).toBe(200);
    });
  });

  const companyId = '00000000-0000-4000-8000-000000000000';
  const volumeDoors: Array<[string, Array<[method: string, path: string, body?: unknown]>]> = [
    ['sign-up (Atrium and better-auth, one count)', [['POST', '/api/signup', {}], ['POST', '/api/auth/sign-up/email', {}]]],
    ['password reset request', [['POST', '/api/auth/request-password-reset', { email: 'nobody@example.com', redirectTo: '/reset-password' }]]],
    ['password reset', [['POST', '/api/auth/reset-password', { token: 'not-a-token', newPassword: 'another-passphrase-8' }], ['GET', '/api/auth/reset-password/not-a-token?callbackURL=%2Freset-password']]],
    ['email verification', [['GET', '/api/auth/verify-email?token=not-a-token']]],
    ['invitation accept', [['POST', '/api/invitations/accept', { token: 'not-a-token', name: 'Guesser', password }]]],
    ['invite', [['POST', `/api/companies/${companyId}/invitations`, { email: 'x@example.com', role: 'member', moduleRoles: {} }]]],
  ];

  it.each(volumeDoors)('%s: 6 requests per address per 15 minutes, then 429 for that address only', async (_door, requests) => {
    const address = newAddress();
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const [method, path, body] = requests[attempt % requests.length]!;
      const api = attempt % 2 ? second : first;
      const response = await call(api.url, method, path, address, body);
      expect(response.status, `${method} ${path} #${attempt + 1}: ${JSON.stringify(response.body)}`).not.toBe(429);
    }
    for (const [method, path, body] of requests) {
      expectTooManyRequests(await call(first.url, method, path, address, body), 15);
      expect((await call(second.url, method, path, newAddress(), body)).status).not.toBe(429);
    }
  });

  it('a client cannot pick its own address: only the last X-Forwarded-For hop counts', async () => {
    const address = newAddress();
    for (let attempt = 0; attempt < 6; attempt += 1) {
      expect((await call(first.url, 'POST', '/api/signup', `${newAddress()}, ${address}`, {})).status).toBe(400);
    }
    expect((await call(first.url, 'POST', '/api/signup', `${newAddress()}, ${address}`, {})).status).toBe(429);
  });
});

describe('the test stack API, with the production default of 10 failures in a row', () => {
  it('refuses the 11th try for that account from that address', async () => {
    const { email } = await signUpCompany('default-limit');
    const address = newAddress();
    const base = inject('apiUrl');
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      expect((await signIn(base, address, email, 'wrong-passphrase-1')).status, `attempt ${attempt}`).toBe(401);
    }
    expectTooManyRequests(await signIn(base, address, email, password), 15);
    expect((await signIn(base, newAddress(), email, password)).status).toBe(200);
  });
});
