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
