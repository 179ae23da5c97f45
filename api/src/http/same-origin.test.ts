import { describe, expect, inject, it } from 'vitest';
import { signUpCompany } from '../../test/http';

/** A browser request with the person's session cookie and the headers a browser adds. */
async function fromBrowser(cookie: string, method: string, path: string, headers: Record<string, string>) {
  const response = await fetch(`${inject('apiUrl')}${path}`, { method, headers: { cookie, ...headers } });
  const text = await response.text();
  return { status: response.status, body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}

const evil = 'https://evil.example';

describe('state-changing requests from another site', () => {
  it('a bodyless cross-origin POST that would start a trial is refused, and no trial starts', async () => {
    const { api, companyId } = await signUpCompany('csrf-trial');
    const refused = await fromBrowser(api.cookie, 'POST', `/api/companies/${companyId}/marketplace/analytics/trial`, { origin: evil, 'sec-fetch-site': 'cross-site' });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: 'cross_origin', message: expect.stringContaining(`its Origin is ${evil}`) });
    expect(refused.body.message).toMatch(/open Atrium at http:\/\/localhost:3000/);

    const marketplace = await api.request('GET', `/api/companies/${companyId}/marketplace`);
    expect(marketplace.body.modules.find((m: { key: string }) => m.key === 'analytics').state.kind).not.toBe('trial');
  });

  it('a cross-site cancel is refused on Sec-Fetch-Site alone, and the subscription stays as it was', async () => {
    const { api, companyId } = await signUpCompany('csrf-cancel');
    const before = await api.request('GET', `/api/companies/${companyId}/billing`);
    const refused = await fromBrowser(api.cookie, 'POST', `/api/companies/${companyId}/billing/cancel`, { 'sec-fetch-site': 'cross-site' });
    expect(refused).toMatchObject({ status: 403, body: { error: 'cross_origin' } });
    expect((await api.request('GET', `/api/companies/${companyId}/billing`)).body).toEqual(before.body);
  });

  it('same-site without a trusted Origin, a null Origin, and DELETE are refused too', async () => {
    const { api, companyId } = await signUpCompany('csrf-same-site');
    const trial = `/api/companies/${companyId}/marketplace/analytics/trial`;
    expect((await fromBrowser(api.cookie, 'POST', trial, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await fromBrowser(api.cookie, 'POST', trial, { origin: 'https://other.localhost:3000', 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await fromBrowser(api.cookie, 'POST', trial, { origin: 'null' })).status).toBe(403);
    expect((await fromBrowser(api.cookie, 'DELETE', `/api/companies/${companyId}/billing/payment-methods/x`, { origin: evil })).status).toBe(403);
  });

  it("better-auth's own endpoints are behind the same check", async () => {
    const { email } = await signUpCompany('csrf-auth');
    const response = await fetch(`${inject('apiUrl')}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { origin: evil, 'content-type': 'text/plain' },
      body: JSON.stringify({ email, password: 'a-long-passphrase-7' }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});

describe('requests the check lets through', () => {
  it("the dashboard's origin (PUBLIC_URL), as a browser sends it through the dashboard", async () => {
    const { api, companyId } = await signUpCompany('csrf-dashboard');
    const started = await fromBrowser(api.cookie, 'POST', `/api/companies/${companyId}/marketplace/analytics/trial`, { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' });
    expect(started.status).toBe(201);
  });

  it('an Origin naming the host the request was addressed to (the dashboard proxy sets X-Forwarded-Host)', async () => {
    const { api, companyId } = await signUpCompany('csrf-own-host');
    const viaProxy = await fromBrowser(api.cookie, 'POST', `/api/companies/${companyId}/marketplace/crm/trial`, { origin: 'http://127.0.0.1:41234', 'x-forwarded-host': '127.0.0.1:41234', 'sec-fetch-site': 'same-origin' });
    expect(viaProxy.status).toBe(201);
    const direct = await fromBrowser(api.cookie, 'POST', `/api/companies/${companyId}/marketplace/hr/trial`, { origin: inject('apiUrl') });
    expect(direct.status).toBe(201);
  });

  it('no Origin and no Sec-Fetch-Site (curl, server to server, Stripe): the webhook stays reachable', async () => {
    const webhook = await fetch(`${inject('apiUrl')}/api/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(webhook.status).toBe(404); // no signing secret configured in the test stack: closed, not refused as cross-site
    const { api, companyId } = await signUpCompany('csrf-curl');
    expect((await api.request('POST', `/api/companies/${companyId}/marketplace/analytics/trial`)).status).toBe(201);
  });

  it('reads are never refused, whatever their origin', async () => {
    const { api, companyId } = await signUpCompany('csrf-read');
    expect((await fromBrowser(api.cookie, 'GET', `/api/companies/${companyId}/marketplace`, { origin: evil, 'sec-fetch-site': 'cross-site' })).status).toBe(200);
  });
});
