import { describe, expect, it } from 'vitest';
import { addMember, signUpCompany, uniqueEmail } from '../../test/http';

/**
 * A read runs on the person's last access check while the new check rides in its own trip
 * (./last-access-checks.ts): each case below changes the access between two reads, so the
 * second runs on an outdated expectation and must answer from the fresh check.
 */
describe('reads on the last access check', () => {
  async function companyWithMember(label: string, role = 'member') {
    const owner = await signUpCompany(label);
    const email = uniqueEmail(`${label}-member`);
    const member = await addMember(owner.api, owner.companyId, email, role);
    const members = (await owner.api.request('GET', `/api/companies/${owner.companyId}/members`)).body.members as { id: string; email: string }[];
    return { owner, member, memberId: members.find((entry) => entry.email === email)!.id, at: (path = '') => `/api/companies/${owner.companyId}${path}` };
  }

  it('a removed member gets 403 on their next read of every kind, never the company\'s data', async () => {
    const { owner, member, memberId, at } = await companyWithMember('expect-removed');
    // One-trip reads, a read through withTenant, and one answered by the module gate alone.
    const reads = [at(), at('/overview'), at('/notifications'), at('/members'), at('/modules/crm')];
    for (const path of reads) expect((await member.request('GET', path)).status, path).not.toBe(403);
    expect((await owner.api.request('DELETE', at(`/members/${memberId}`))).status).toBe(200);
    for (const path of reads) {
      const answer = await member.request('GET', path);
      expect({ path, status: answer.status, error: answer.body.error }).toEqual({ path, status: 403, error: 'forbidden' });
    }
  });

  it('a billing manager made a plain member loses billing at their next read; made billing manager again, has it at once', async () => {
    const { owner, member, memberId, at } = await companyWithMember('expect-demoted', 'billing');
    expect((await member.request('GET', at('/billing'))).status).toBe(200);
    expect((await member.request('GET', at())).body.role).toBe('billing');

    expect((await owner.api.request('PATCH', at(`/members/${memberId}`), { role: 'member' })).status).toBe(200);
    expect((await member.request('GET', at('/billing'))).status).toBe(403);
    const overview = await member.request('GET', at('/overview'));
    expect(overview.status).toBe(200);
    expect(overview.body.billing).toBeNull();
    expect((await member.request('GET', at())).body.role).toBe('member');

    // The 403 was decided on the last check (member): it stands only if the new check agrees.
    expect((await owner.api.request('PATCH', at(`/members/${memberId}`), { role: 'billing' })).status).toBe(200);
    const billing = await member.request('GET', at('/billing'));
    expect(billing.status).toBe(200);
    expect(billing.body.subscription.plan).toBeTruthy();
  });

  it('a module that became active since the last read answers in full, not with the 402 its last check would give', async () => {
    const { api, companyId } = await signUpCompany('expect-trial');
    const crm = `/api/companies/${companyId}/modules/crm`;
    expect((await api.request('GET', crm)).status).toBe(402);
    expect((await api.request('POST', `/api/companies/${companyId}/marketplace/crm/trial`)).status).toBe(201);
    const landing = await api.request('GET', crm);
    expect(landing.status).toBe(200);
    expect(landing.body).toMatchObject({ key: 'crm', state: { kind: 'trial' } });
    expect(landing.body.error).toBeUndefined();
  });
});
