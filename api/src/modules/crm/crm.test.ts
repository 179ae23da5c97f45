import { describe, expect, it } from 'vitest';
import { addMember, asOwner, countRows, signUpCompany, uniqueEmail, type ApiClient } from '../../../test/http';

const crm = (companyId: string) => `/api/companies/${companyId}/modules/crm`;

/** A company with CRM bought (card 4242), provisioned with its pipeline stages. */
async function companyWithCrm(label: string) {
  const owner = await signUpCompany(label);
  const { api, companyId } = owner;
  await api.request('POST', `/api/companies/${companyId}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
  const bought = await api.request('POST', `/api/companies/${companyId}/marketplace/crm/purchase`);
  if (bought.status >= 300) throw new Error(`purchase: ${bought.status} ${JSON.stringify(bought.body)}`);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const landing = await api.request('GET', crm(companyId).replace(/\/crm$/, '/crm'));
    if (landing.status === 200 && landing.body.settings.length > 0) return owner;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('CRM was not provisioned');
}

const csvOf = (rows: string[][]) => rows.map((cells) => cells.join(',')).join('\n');

describe('CRM', () => {
  it('adds, searches, changes and removes contacts; an editor changes only their own; a viewer gets 403 on a write', async () => {
    const { api, companyId } = await companyWithCrm('crm-crud');
    const ada = await api.request('POST', `${crm(companyId)}/contacts`, { firstName: 'Ada', lastName: 'Lovelace', email: 'Ada@Analytical.example', organizationName: 'Analytical Engines', tags: ['vip'] });
    expect(ada.status).toBe(201);
    expect(ada.body).toMatchObject({ email: 'ada@analytical.example', organizationName: 'Analytical Engines', canEdit: true });
    await api.request('POST', `${crm(companyId)}/contacts`, { firstName: 'Grace', lastName: 'Hopper', email: 'grace@navy.example' });

    for (const [q, expected] of [['lovel', ['Ada']], ['navy.ex', ['Grace']], ['analytical eng', ['Ada']], ['%', []]] as const) {
      const found = await api.request('GET', `${crm(companyId)}/contacts?q=${encodeURIComponent(q)}`);
      expect(found.body.contacts.map((c: { firstName: string }) => c.firstName), q).toEqual(expected);
    }
    expect((await api.request('GET', `${crm(companyId)}/contacts?tag=vip`)).body.total).toBe(1);
    expect((await api.request('GET', `${crm(companyId)}/organizations?q=engines`)).body.organizations[0]).toMatchObject({ name: 'Analytical Engines', contacts: 1 });

    const viewer = await addMember(api, companyId, uniqueEmail('crm-viewer'), 'member', { crm: 'viewer' });
    const editor = await addMember(api, companyId, uniqueEmail('crm-editor'), 'member', { crm: 'editor' });
    const seen = await viewer.request('GET', `${crm(companyId)}/contacts`);
    expect([seen.status, seen.body.total, seen.body.contacts[0].canEdit]).toEqual([200, 2, false]);
    expect((await viewer.request('POST', `${crm(companyId)}/contacts`, { firstName: 'Nope' })).status).toBe(403);
    expect((await viewer.request('PATCH', `${crm(companyId)}/contacts/${ada.body.id}`, { lastName: 'X' })).status).toBe(403);

    const own = await editor.request('POST', `${crm(companyId)}/contacts`, { firstName: 'Edith', lastName: 'Clarke' });
    expect(own.status).toBe(201);
    expect((await editor.request('PATCH', `${crm(companyId)}/contacts/${own.body.id}`, { jobTitle: 'Engineer' })).body.jobTitle).toBe('Engineer');
    const other = await editor.request('PATCH', `${crm(companyId)}/contacts/${ada.body.id}`, { jobTitle: 'Countess' });
    expect([other.status, other.body.error]).toEqual([403, 'forbidden']);
    expect((await editor.request('GET', `${crm(companyId)}/contacts?owner=me`)).body.contacts.map((c: { firstName: string }) => c.firstName)).toEqual(['Edith']);
    expect((await editor.request('DELETE', `${crm(companyId)}/contacts/${own.body.id}`)).status).toBe(403);
    expect((await api.request('DELETE', `${crm(companyId)}/contacts/${own.body.id}`)).status).toBe(200);

    const junk = await api.request('POST', `${crm(companyId)}/contacts`, { firstName: '', email: 'not-mail', tags: 'x' });
    expect(junk.status).toBe(400);
    expect((await api.request('GET', `${crm(companyId)}/contacts?limit=abc`)).status).toBe(400);
  });

  it('sorts contacts by name, email, company or date either way, lists a company’s contacts, and names every tag for the filter', async () => {
    const { api, companyId } = await companyWithCrm('crm-sort');
    const people = [
      { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', organizationName: 'Zeta Engines', tags: ['vip', 'engines'] },
      { firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com', organizationName: 'Acme', tags: ['navy'] },
      { firstName: 'Edith', lastName: 'Clarke', tags: ['vip'] },
    ];
    for (const person of people) expect((await api.request('POST', `${crm(companyId)}/contacts`, person)).status).toBe(201);
    const names = async (query: string) => {
      const list = await api.request('GET', `${crm(companyId)}/contacts?${query}`);
      expect(list.status, query).toBe(200);
      return list.body.contacts.map((c: { firstName: string }) => c.firstName);
    };
    expect(await names('')).toEqual(['Edith', 'Grace', 'Ada']);
    expect(await names('sort=name&dir=desc')).toEqual(['Ada', 'Grace', 'Edith']);
    // Contacts without an email or a company come last, whichever way.
    expect(await names('sort=email&dir=asc')).toEqual(['Ada', 'Grace', 'Edith']);
    expect(await names('sort=email&dir=desc')).toEqual(['Grace', 'Ada', 'Edith']);
    expect(await names('sort=company')).toEqual(['Grace', 'Ada', 'Edith']);
    expect(await names('sort=createdAt&dir=desc')).toEqual(['Edith', 'Grace', 'Ada']);
    expect(await names('sort=name&limit=1&offset=1')).toEqual(['Grace']);

    const acme = (await api.request('GET', `${crm(companyId)}/organizations?q=acme`)).body.organizations[0];
    expect(await names(`organizationId=${acme.id}`)).toEqual(['Grace']);
    expect((await api.request('GET', `${crm(companyId)}/organizations?sort=name&dir=desc`)).body.organizations.map((o: { name: string }) => o.name)).toEqual(['Zeta Engines', 'Acme']);
    expect((await api.request('GET', `${crm(companyId)}/contacts?tag=navy`)).body).toMatchObject({ total: 1, tags: ['engines', 'navy', 'vip'] });

    for (const bad of ['sort=owner', 'dir=sideways', 'organizationId=acme']) {
      const refused = await api.request('GET', `${crm(companyId)}/contacts?${bad}`);
      expect([refused.status, refused.body.error], bad).toEqual([400, 'invalid_request']);
    }
  });

  it('moves deals across stages with totals and a weighted forecast; logs a call; ticks the deal step; reminds of a task', async () => {
    const { api, companyId, userId } = await companyWithCrm('crm-deals');
    const board = await api.request('GET', `${crm(companyId)}/pipeline`);
    const stages = board.body.stages as Array<{ id: string; name: string; probability: number }>;
    expect(stages.map((s) => s.name)).toEqual(['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost']);
    const contact = await api.request('POST', `${crm(companyId)}/contacts`, { firstName: 'Ada' });
    const deal = await api.request('POST', `${crm(companyId)}/deals`, { title: 'Engines', valueMinor: 1_000_000, contactId: contact.body.id, expectedCloseOn: '2027-03-31' });
    expect(deal.body).toMatchObject({ stageId: stages[0]!.id, status: 'open', currency: 'EUR' });
    expect((await api.request('GET', `${crm(companyId)}/forecast`)).body.weightedOpenMinor).toBe(100_000);
    await api.request('POST', `${crm(companyId)}/deals/${deal.body.id}/move`, { stageId: stages[1]!.id });
    await api.request('POST', `${crm(companyId)}/deals/${deal.body.id}/move`, { stageId: stages[2]!.id });
    const forecast = (await api.request('GET', `${crm(companyId)}/forecast`)).body;
    expect(forecast.weightedOpenMinor).toBe(500_000);
    expect(forecast.stages.find((s: { name: string }) => s.name === 'Proposal')).toMatchObject({ deals: 1, totalMinor: 1_000_000 });
    const won = await api.request('POST', `${crm(companyId)}/deals/${deal.body.id}/move`, { stageId: stages[4]!.id });
    expect(won.body.status).toBe('won');
    expect((await api.request('GET', `${crm(companyId)}/forecast`)).body).toMatchObject({ weightedOpenMinor: 0, wonMinor: 1_000_000 });
    expect((await api.request('POST', `${crm(companyId)}/deals/${deal.body.id}/move`, { stageId: '00000000-0000-4000-8000-000000000000' })).status).toBe(400);

    const call = await api.request('POST', `${crm(companyId)}/activities`, { kind: 'call', body: 'Discussed the proposal', dealId: deal.body.id });
    expect(call.status).toBe(201);
    const timeline = await api.request('GET', `${crm(companyId)}/activities?contactId=${contact.body.id}`);
    expect(timeline.body.activities.map((a: { kind: string }) => a.kind)).toEqual(['call']);
    const landing = await api.request('GET', crm(companyId));
    expect(landing.body.setupSteps.find((s: { key: string }) => s.key === 'add_first_deal').done).toBe(true);

    const task = await api.request('POST', `${crm(companyId)}/tasks`, { title: 'Send the contract', dueAt: new Date(Date.now() + 1500).toISOString(), assigneeId: userId, dealId: deal.body.id });
    expect(task.status).toBe(201);
    let reminded = null;
    for (let attempt = 0; attempt < 60 && !reminded; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      reminded = (await api.request('GET', `${crm(companyId)}/tasks?assignee=me`)).body.tasks[0].remindedAt;
    }
    expect(reminded).not.toBeNull();
    const notices = await asOwner<{ title: string }>(`select title from notification where company_id = $1 and kind = 'crm_task'`, [companyId]);
    expect(notices.map((n) => n.title)).toEqual(['Task due: Send the contract']);
  });

  it('imports 50 contacts with 3 bad rows reported, previews without writing, and writes nothing from a refused file', async () => {
    const { api, companyId } = await companyWithCrm('crm-import');
    const rows = [['First name', 'Last name', 'Email', 'Company', 'Tags']];
    for (let n = 1; n <= 50; n += 1) rows.push([`Person${n}`, `Surname${n}`, `person${n}@example.com`, n % 2 ? 'Acme' : 'Globex', 'lead']);
    rows[10]![0] = ''; // no first name
    rows[20]![2] = 'not-an-email';
    rows[30]![2] = 'person1@example.com'; // repeats row 2
    const csv = csvOf(rows);

    const preview = await api.request('POST', `${crm(companyId)}/imports/preview`, { csv });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ rows: 50, valid: 47, mapping: { 'First name': 'firstName', Email: 'email', Company: 'organizationName' } });
    expect(preview.body.errors.map((e: { row: number }) => e.row)).toEqual([11, 21, 31]);
    expect((await api.request('GET', `${crm(companyId)}/contacts`)).body.total).toBe(0);

    const refused = await api.request('POST', `${crm(companyId)}/imports`, { csv, mapping: { 'First name': 'ignore', Email: 'email' } });
    expect([refused.status, refused.body.error]).toEqual([400, 'import_refused']);
    const broken = await api.request('POST', `${crm(companyId)}/imports`, { csv: 'First name,Email\n"Ada,ada@example.com\n' });
    expect([broken.status, broken.body.error]).toEqual([400, 'import_refused']);
    expect((await api.request('GET', `${crm(companyId)}/contacts`)).body.total).toBe(0);

    const imported = await api.request('POST', `${crm(companyId)}/imports`, { csv });
    expect(imported.status).toBe(201);
    expect([imported.body.imported, imported.body.skipped, imported.body.errors.length]).toEqual([47, 3, 3]);
    expect((await api.request('GET', `${crm(companyId)}/contacts?q=acme&limit=100`)).body.total).toBeGreaterThan(20);
    expect((await api.request('GET', `${crm(companyId)}/organizations`)).body.organizations.map((o: { name: string }) => o.name)).toEqual(['Acme', 'Globex']);
    const landing = await api.request('GET', crm(companyId));
    expect(landing.body.setupSteps.find((s: { key: string }) => s.key === 'import_contacts').done).toBe(true);

    // 90 kB is the most a file may be, counted in bytes; past the 100 kB JSON body limit the answer is a 413 naming it.
    const accented = `First name,Email\n${'Zoë,zoe@example.com\n'.repeat(4_400)}`;
    expect(accented.length).toBeLessThan(90_000);
    const tooLarge = await api.request('POST', `${crm(companyId)}/imports`, { csv: accented });
    expect([tooLarge.status, tooLarge.body.error, tooLarge.body.fields]).toEqual([400, 'invalid_request', { csv: expect.stringContaining('an import takes at most 90 kB') }]);
    expect(tooLarge.body.message).toMatch(/^The file is 93 kB;/);
    const overBody = await api.request('POST', `${crm(companyId)}/imports/preview`, { csv: 'First name\n' + 'Ada\n'.repeat(30_000) });
    expect([overBody.status, overBody.body.error, overBody.body.details]).toEqual([413, 'payload_too_large', { limitBytes: 102_400 }]);
    expect(overBody.body.message).toContain('100 kB');
    expect((await api.request('GET', `${crm(companyId)}/contacts`)).body.total).toBe(47);

    // Paging takes digits only: what zod's number coercion read as 0, 1000 or 16 is a 400 naming the parameter.
    expect((await api.request('GET', `${crm(companyId)}/contacts?limit=20&offset=40`)).body.contacts).toHaveLength(7);
    for (const bad of ['limit=', 'limit=1e3', 'limit=0x10', 'limit=%201', 'offset=-1', 'limit=101']) {
      const refusedPage = await api.request('GET', `${crm(companyId)}/contacts?${bad}`);
      expect([refusedPage.status, Object.keys(refusedPage.body.fields)], bad).toEqual([400, [bad.split('=')[0]]]);
    }

    const exported = await api.request('GET', `${crm(companyId)}/contacts/export`);
    expect(exported.headers.get('content-type')).toContain('text/csv');
    expect((exported.body as string).trim().split('\r\n')).toHaveLength(48);
  });

  it('refuses the contact past the Starter limit with 402 and the upgrade message, accepts it on Growth, and warns at 80% and 100% once each', async () => {
    const { api, companyId } = await companyWithCrm('crm-limit');
    // 799 contacts written directly, as the owner: the 800th is made through the API.
    await asOwner(
      `insert into crm_contact (id, company_id, created_at, updated_at, first_name, last_name, custom_fields, search_text)
       select gen_random_uuid(), $1, now(), now(), 'Bulk', 'Contact ' || n, '{}', 'bulk contact ' || n from generate_series(1, 799) n`,
      [companyId],
    );
    const eightieth = await api.request('POST', `${crm(companyId)}/contacts`, { firstName: 'Number', lastName: '800' });
    expect(eightieth.status).toBe(201);
    await api.request('POST', `${crm(companyId)}/contacts`, { firstName: 'Number', lastName: '801' });
    const usage = await api.request('GET', `${crm(companyId)}/usage`);
    expect(usage.body.limits.find((l: { key: string }) => l.key === 'contacts')).toEqual({ key: 'contacts', label: 'Contacts', used: 801, limit: 1000 });

    await asOwner(
      `insert into crm_contact (id, company_id, created_at, updated_at, first_name, last_name, custom_fields, search_text)
       select gen_random_uuid(), $1, now(), now(), 'Bulk', 'More ' || n, '{}', 'bulk more ' || n from generate_series(1, 198) n`,
      [companyId],
    );
    const parallel = await Promise.all([1, 2, 3].map((n) => api.request('POST', `${crm(companyId)}/contacts`, { firstName: 'Racer', lastName: String(n) })));
    expect(parallel.map((r) => r.status).sort()).toEqual([201, 402, 402]);
    const refused = parallel.find((r) => r.status === 402)!;
    expect(refused.body).toMatchObject({ error: 'usage_limit_reached', message: 'Your Starter plan includes 1,000 contacts. Growth includes 25,000.' });
    expect((await countRows(['crm_contact'])).crm_contact).toBeGreaterThanOrEqual(1000);

    const notices = await asOwner<{ dedupe_key: string }>(`select dedupe_key from notification where company_id = $1 and kind = 'usage' order by created_at`, [companyId]);
    expect(notices.map((n) => n.dedupe_key.split(':').slice(0, 4).join(':'))).toEqual(['usage:crm:contacts:80', 'usage:crm:contacts:100']);

    const upgraded = await api.request('POST', `/api/companies/${companyId}/billing/changes`, { change: { kind: 'plan', to: 'growth' } });
    expect(upgraded.status).toBe(200);
    const accepted = await api.request('POST', `${crm(companyId)}/contacts`, { firstName: 'After', lastName: 'Upgrade' });
    expect(accepted.status).toBe(201);
  });
});

export type { ApiClient };
