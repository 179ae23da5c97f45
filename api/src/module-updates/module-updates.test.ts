import { describe, expect, it } from 'vitest';
import { addMember, ApiClient, signUpCompany, uniqueEmail } from '../../test/http';
import { signedInOperator } from '../../test/operators';

type Notice = { title: string; body: string; category: string; module: string | null };

/** CRM in trial, and provisioned: the fan-out reaches companies whose module is installed. */
async function withCrm(company: Awaited<ReturnType<typeof signUpCompany>>) {
  await company.api.request('POST', `/api/companies/${company.companyId}/marketplace/crm/trial`);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const crm = await company.api.request('GET', `/api/companies/${company.companyId}/modules/crm`);
    if (crm.status === 200 && crm.body.provisioned) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('CRM was not provisioned');
}

const notices = async (api: ApiClient, companyId: string) => (await api.request('GET', `/api/companies/${companyId}/notifications`)).body.notifications as Notice[];

describe("module updates: operators publish, companies that have the module read What's new", () => {
  it('a draft stays in the console; published, it reaches the companies with CRM (notice and What’s new) and no other', async () => {
    const [withModule, without] = await Promise.all([signUpCompany('updates-crm', `Updates CRM ${Date.now()}`), signUpCompany('updates-none', `Updates None ${Date.now()}`)]);
    await withCrm(withModule);
    const viewer = await addMember(withModule.api, withModule.companyId, uniqueEmail('updates-viewer'), 'member', { crm: 'viewer' });
    const outsider = await addMember(withModule.api, withModule.companyId, uniqueEmail('updates-no-crm'), 'member', { crm: 'none' });
    const { api: operator, credentials } = await signedInOperator('updates');
    const title = `Pipeline forecasts by owner ${Date.now().toString(36)}`;

    // A draft, with markdown that is rendered and cleaned for the preview.
    const draft = await operator.request('POST', '/api/operator/module-updates', {
      module: 'crm',
      title,
      body: '## Forecasts\n\nThe board now sums **each owner**. <script>alert(1)</script>[More](javascript:alert(1))',
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    expect(draft.body).toMatchObject({ module: 'crm', title, status: 'draft', publishedAt: null, publishedBy: null });
    expect(draft.body.html).toContain('<strong>each owner</strong>');
    expect(draft.body.html).not.toMatch(/script|javascript:/);
    const updateId = draft.body.id as string;
    const whatsNew = (api: ApiClient, companyId: string) => api.request('GET', `/api/companies/${companyId}/modules/crm/updates`);
    expect((await whatsNew(withModule.api, withModule.companyId)).body.updates.map((u: { id: string }) => u.id)).not.toContain(updateId);

    const changed = await operator.request('PATCH', `/api/operator/module-updates/${updateId}`, { body: 'The board now sums **each owner**, and shows it on the home.' });
    expect([changed.status, changed.body.status]).toEqual([200, 'draft']);

    const published = await operator.request('POST', `/api/operator/module-updates/${updateId}/publish`);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.update).toMatchObject({ status: 'published', publishedBy: credentials.operator.email });
    expect(published.body.notified).toBeGreaterThanOrEqual(1);
    expect(published.body.companies).toBeGreaterThanOrEqual(published.body.notified);

    // The company with CRM: the owner and the CRM viewer read it in What's new and in their notices.
    for (const api of [withModule.api, viewer]) {
      const listed = await whatsNew(api, withModule.companyId);
      expect(listed.status).toBe(200);
      expect(listed.body.updates[0]).toMatchObject({ id: updateId, module: 'crm', title });
      expect(listed.body.updates[0].html).toContain('<strong>each owner</strong>');
      expect((await notices(api, withModule.companyId)).filter((n) => n.title === `CRM: ${title}`)).toEqual([
        expect.objectContaining({ category: 'module_updates', module: 'crm', body: 'The board now sums each owner, and shows it on the home.' }),
      ]);
    }
    // A member whose CRM role is none: neither the list nor the notice.
    expect((await whatsNew(outsider, withModule.companyId)).status).toBe(403);
    expect((await notices(outsider, withModule.companyId)).map((n) => n.title)).not.toContain(`CRM: ${title}`);

    // The company without CRM: a 402 with the way to the marketplace, and no notice.
    const refused = await whatsNew(without.api, without.companyId);
    expect([refused.status, refused.body.error, refused.body.marketplaceUrl]).toEqual([402, 'module_not_active', `/${without.companyId}/marketplace/crm`]);
    expect(JSON.stringify(refused.body)).not.toContain(title);
    expect((await notices(without.api, without.companyId)).map((n) => n.title)).not.toContain(`CRM: ${title}`);
    expect((await without.api.request('GET', `/api/companies/${without.companyId}/modules/nonsense/updates`)).status).toBe(404);

    // Published means fixed: no change; publishing again notifies nobody twice.
    const late = await operator.request('PATCH', `/api/operator/module-updates/${updateId}`, { title: 'Changed after the fact' });
    expect([late.status, late.body.error]).toEqual([409, 'module_update_published']);
    const again = await operator.request('POST', `/api/operator/module-updates/${updateId}/publish`);
    expect([again.status, again.body.notified]).toEqual([200, 0]);
    expect((await notices(withModule.api, withModule.companyId)).filter((n) => n.title === `CRM: ${title}`)).toHaveLength(1);

    // Every step is in the operator audit log.
    const log = (await operator.request('GET', '/api/operator/audit-log')).body.events as Array<{ action: string; details: { updateId?: string }; description: string }>;
    const mine = log.filter((event) => event.details.updateId === updateId);
    expect(mine.map((event) => event.action).sort()).toEqual(['module_update.changed', 'module_update.created', 'module_update.published', 'module_update.resent']);
    expect(mine.find((event) => event.action === 'module_update.published')!.description).toBe(`Published the CRM update “${title}” to the companies that have it.`);
  });

  it('refuses what it cannot use with a sentence: an unknown module, a short title, an unknown update', async () => {
    const { api: operator } = await signedInOperator('updates-bad');
    const unknownModule = await operator.request('POST', '/api/operator/module-updates', { module: 'payroll', title: 'Something new', body: 'Text' });
    expect([unknownModule.status, unknownModule.body.fields?.module]).toEqual([400, expect.stringMatching(/^Choose a module/)]);
    const shortTitle = await operator.request('POST', '/api/operator/module-updates', { module: 'hr', title: 'Hi', body: 'Text' });
    expect(shortTitle.status).toBe(400);
    expect((await operator.request('POST', '/api/operator/module-updates/00000000-0000-4000-8000-000000000000/publish')).status).toBe(404);
    expect((await operator.request('GET', '/api/operator/module-updates/not-an-id')).status).toBe(400);
  });
});
