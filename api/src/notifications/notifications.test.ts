import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addMember, asOwner, signUpCompany, uniqueEmail } from '../../test/http';
import { leaveNotice } from '../../test/notices';

const base = (companyId: string) => `/api/companies/${companyId}/notifications`;
const readRows = (id: string) => asOwner<{ user_id: string; read_at: Date }>('select user_id, read_at from notification_read where notification_id = $1 order by user_id', [id]);

describe('the notification centre, as the API serves it', () => {
  it('shows each person the notices their role concerns: billing to owners and billing managers, a personal notice to its person only', async () => {
    const company = await signUpCompany('notice-roles');
    const member = await addMember(company.api, company.companyId, uniqueEmail('notice-roles-member'), 'member');
    const billing = await addMember(company.api, company.companyId, uniqueEmail('notice-roles-billing'), 'billing');
    const memberId = (await member.request('GET', '/api/me')).body.user.id as string;
    await leaveNotice(company.companyId, { category: 'billing_failure', kind: 'payment_failed', title: 'Payment failed' });
    await leaveNotice(company.companyId, { category: 'onboarding', title: 'Setup reminder' });
    await leaveNotice(company.companyId, { category: 'module_activity', title: 'Your task is due', recipientUserId: memberId });

    const titles = async (api: typeof member) => ((await api.request('GET', base(company.companyId))).body.notifications as Array<{ title: string }>).map((n) => n.title).sort();
    expect(await titles(company.api)).toEqual(['Payment failed', 'Setup reminder']);
    expect(await titles(billing)).toEqual(['Payment failed', 'Setup reminder']);
    expect(await titles(member)).toEqual(['Setup reminder', 'Your task is due']);
  });

  it('keeps read state per person: one reads, the other still has it unread; marking again keeps the first read time', async () => {
    const company = await signUpCompany('notice-read');
    const billing = await addMember(company.api, company.companyId, uniqueEmail('notice-read-billing'), 'billing');
    const id = await leaveNotice(company.companyId, { category: 'billing_failure', title: 'Payment failed' });

    expect((await billing.request('POST', `${base(company.companyId)}/${id}/read`)).status).toBe(200);
    const ownerView = (await company.api.request('GET', base(company.companyId))).body;
    const billingView = (await billing.request('GET', base(company.companyId))).body;
    expect([ownerView.notifications[0].read, ownerView.unread]).toEqual([false, 1]);
    expect([billingView.notifications[0].read, billingView.unread]).toEqual([true, 0]);

    const [first] = await readRows(id);
    expect((await billing.request('POST', `${base(company.companyId)}/${id}/read`)).status).toBe(200);
    expect(await readRows(id)).toEqual([first]);
  });

  it("answers 404 for another company's notice, a billing notice a member may not see, and a made-up id, and changes nothing", async () => {
    const alpha = await signUpCompany('notice-alpha');
    const beta = await signUpCompany('notice-beta');
    const alphaNotice = await leaveNotice(alpha.companyId, { category: 'other' });
    const billingNotice = await leaveNotice(beta.companyId, { category: 'billing_failure' });
    const member = await addMember(beta.api, beta.companyId, uniqueEmail('notice-member'), 'member');

    const crossCompany = await beta.api.request('POST', `${base(beta.companyId)}/${alphaNotice}/read`);
    expect([crossCompany.status, crossCompany.body.error]).toEqual([404, 'not_found']);
    expect((await member.request('POST', `${base(beta.companyId)}/${billingNotice}/read`)).status).toBe(404);
    expect((await beta.api.request('POST', `${base(beta.companyId)}/${randomUUID()}/read`)).status).toBe(404);
    expect(await readRows(alphaNotice)).toEqual([]);
    expect(await readRows(billingNotice)).toEqual([]);
  });

  it('filters by category and unread, pages with `before`, and marks all (or one category) read', async () => {
    const company = await signUpCompany('notice-filters');
    const path = base(company.companyId);
    for (let minutes = 5; minutes >= 1; minutes -= 1) await leaveNotice(company.companyId, { category: 'billing', title: `Billing ${minutes}`, minutesAgo: minutes });
    await leaveNotice(company.companyId, { category: 'usage', title: 'Usage at 80 %', minutesAgo: 0 });

    const billing = await company.api.request('GET', `${path}?category=billing&limit=3`);
    expect(billing.body.notifications.map((n: { title: string }) => n.title)).toEqual(['Billing 1', 'Billing 2', 'Billing 3']);
    expect([billing.body.hasMore, billing.body.unread]).toEqual([true, 6]);
    const older = await company.api.request('GET', `${path}?category=billing&limit=3&before=${encodeURIComponent(billing.body.notifications[2].createdAt)}`);
    expect(older.body.notifications.map((n: { title: string }) => n.title)).toEqual(['Billing 4', 'Billing 5']);
    expect(older.body.hasMore).toBe(false);

    const someRead = await company.api.request('POST', `${path}/read`, { category: 'billing' });
    expect(someRead.body).toEqual({ marked: 5, unread: 1 });
    const unread = await company.api.request('GET', `${path}?unread=true`);
    expect(unread.body.notifications.map((n: { title: string }) => n.title)).toEqual(['Usage at 80 %']);
    expect((await company.api.request('POST', `${path}/read`, {})).body).toEqual({ marked: 1, unread: 0 });
    expect((await company.api.request('POST', `${path}/read`, {})).body).toEqual({ marked: 0, unread: 0 });

    const refused = await company.api.request('GET', `${path}?category=gossip&limit=500`);
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.fields).sort()).toEqual(['category', 'limit']);
  });

  it("shows a module's notices only to people who can open the module", async () => {
    const company = await signUpCompany('notice-module');
    await company.api.request('POST', `/api/companies/${company.companyId}/marketplace/crm/trial`);
    const viewer = await addMember(company.api, company.companyId, uniqueEmail('notice-crm-viewer'), 'member', { crm: 'viewer' });
    const outsider = await addMember(company.api, company.companyId, uniqueEmail('notice-no-crm'), 'member');
    await leaveNotice(company.companyId, { category: 'module_updates', kind: 'module_update', module: 'crm', title: 'CRM: new pipeline view' });

    const titles = async (api: typeof viewer) => ((await api.request('GET', base(company.companyId))).body.notifications as Array<{ title: string }>).map((n) => n.title);
    expect(await titles(viewer)).toContain('CRM: new pipeline view');
    expect(await titles(outsider)).not.toContain('CRM: new pipeline view');

    // A notice that only names a module (its removal) still reaches the owner of a company without it.
    const other = await signUpCompany('notice-module-gone');
    await leaveNotice(other.companyId, { category: 'modules', kind: 'module_removed', module: 'crm', title: 'CRM was removed' });
    expect(((await other.api.request('GET', base(other.companyId))).body.notifications as Array<{ title: string }>).map((n) => n.title)).toContain('CRM was removed');
  });
});
