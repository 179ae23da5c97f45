import { describe, expect, it } from 'vitest';
import { moduleKeys } from '@atrium/core';
import { addMember, ApiClient, signUpCompany, uniqueEmail } from '../../test/http';

interface Operation {
  method: string;
  path: string;
}

async function moduleOperations(): Promise<Operation[]> {
  const document = (await new ApiClient().request('GET', '/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths)
    .filter(([path]) => path.includes('/modules/{module}'))
    .flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method, path })));
}

const fill = (path: string, values: Record<string, string>) => path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '00000000-0000-4000-8000-000000000000');

describe('the module gate', () => {
  it('answers 402 module_not_active, with the marketplace link, on every route of every module not bought', async () => {
    const { api, companyId } = await signUpCompany('gate-none');
    const operations = await moduleOperations();
    expect(operations.length).toBeGreaterThanOrEqual(2);
    for (const module of moduleKeys) {
      for (const operation of operations) {
        const response = await api.request(operation.method.toUpperCase(), fill(operation.path, { companyId, module }), operation.method === 'patch' ? { name: 'x' } : undefined);
        expect.soft(response.status, `${operation.method} ${operation.path} for ${module}`).toBe(402);
        expect.soft(response.body).toMatchObject({ error: 'module_not_active', marketplaceUrl: `/${companyId}/marketplace/${module}` });
      }
    }
  });

  it("answers 402 on every route a module declares through the kit (CRM's own routes) while it is not bought", async () => {
    const { api, companyId } = await signUpCompany('gate-crm-routes');
    const document = (await new ApiClient().request('GET', '/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(document.paths).filter(([path]) => path.includes('/modules/crm/')).flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method, path })));
    expect(operations.length).toBeGreaterThan(15);
    for (const operation of operations) {
      const response = await api.request(operation.method.toUpperCase(), fill(operation.path, { companyId }), operation.method === 'get' || operation.method === 'delete' ? undefined : {});
      expect.soft(response.status, `${operation.method} ${operation.path}`).toBe(402);
    }
  });

  it('opens a module in trial, with the defaults it was set up with, to the roles that have it', async () => {
    const { api, companyId } = await signUpCompany('gate-trial');
    const started = await api.request('POST', `/api/companies/${companyId}/marketplace/crm/trial`);
    expect(started.status).toBe(201);
    let crm = await api.request('GET', `/api/companies/${companyId}/modules/crm`);
    for (let attempt = 0; attempt < 100 && crm.body.settings?.length === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      crm = await api.request('GET', `/api/companies/${companyId}/modules/crm`);
    }
    expect(crm.status).toBe(200);
    expect(crm.body.state.kind).toBe('trial');
    expect(crm.body.settings.map((setting: { name: string }) => setting.name)).toEqual(['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost']);
    expect((await api.request('GET', `/api/companies/${companyId}/modules/hr`)).status).toBe(402);
    const [firstStep] = crm.body.setupSteps;
    expect(firstStep.done).toBe(false);
    const ticked = await api.request('POST', `/api/companies/${companyId}/modules/crm/setup-steps/${firstStep.key}/complete`);
    expect(ticked.body.setupSteps[0]).toMatchObject({ key: firstStep.key, done: true });

    const viewer = await addMember(api, companyId, uniqueEmail('gate-viewer'), 'member', { crm: 'viewer' });
    const outsider = await addMember(api, companyId, uniqueEmail('gate-outsider'), 'member');
    expect((await viewer.request('GET', `/api/companies/${companyId}/modules/crm`)).status).toBe(200);
    const rename = await viewer.request('PATCH', `/api/companies/${companyId}/modules/crm/settings/${crm.body.settings[0].id}`, { name: 'Prospect' });
    expect(rename.status).toBe(403);
    expect((await outsider.request('GET', `/api/companies/${companyId}/modules/crm`)).status).toBe(403);

    const again = await api.request('POST', `/api/companies/${companyId}/marketplace/crm/trial`);
    expect([again.status, again.body.error]).toEqual([409, 'module_already_active']);
  });
});

describe('the business overview', () => {
  it('shows trials and bought modules, seats, the next charge and spend per month to the owner; members see no money', async () => {
    const { api, companyId } = await signUpCompany('overview');
    await api.request('POST', `/api/companies/${companyId}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
    await api.request('POST', `/api/companies/${companyId}/marketplace/hr/purchase`);
    await api.request('POST', `/api/companies/${companyId}/marketplace/crm/trial`);
    const member = await addMember(api, companyId, uniqueEmail('overview-member'), 'member');

    const overview = await api.request('GET', `/api/companies/${companyId}/overview`);
    expect(overview.status).toBe(200);
    expect(overview.body.modules.map((m: { key: string; state: { kind: string } }) => [m.key, m.state.kind])).toEqual([
      ['crm', 'trial'],
      ['hr', 'active'],
    ]);
    expect(overview.body.seats).toEqual({ used: 2, paid: 3, limit: 5 });
    expect(overview.body.billing.status).toBe('active');
    expect(overview.body.billing.nextCharge.amount.amount).toBe(Math.round((2900 + 1500) * 1.19));
    const [spent] = overview.body.billing.spendByMonth;
    expect(spent.amount).toBeGreaterThan(0);

    const seen = await member.request('GET', `/api/companies/${companyId}/overview`);
    expect(seen.body.billing).toBeNull();
    expect(seen.body.modules.length).toBe(2);
  });
});

describe('starting a trial', () => {
  it('makes the module usable at once, and a second start (even at the same moment) is refused', async () => {
    const { api, companyId } = await signUpCompany('trial-twice');
    const [first, second] = await Promise.all([
      api.request('POST', `/api/companies/${companyId}/marketplace/analytics/trial`),
      api.request('POST', `/api/companies/${companyId}/marketplace/analytics/trial`),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    const marketplace = await api.request('GET', `/api/companies/${companyId}/marketplace`);
    const analytics = marketplace.body.modules.find((m: { key: string }) => m.key === 'analytics');
    expect(analytics.state).toMatchObject({ kind: 'trial', daysLeft: 14 });
  });
});
