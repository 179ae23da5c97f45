import { describe, expect, it } from 'vitest';
import { addMember, signUpCompany, uniqueEmail, type ApiClient } from '../../test/http';

/** Starter's 5 seats paid for, so the fixtures fit (3 are included). */
async function payForSeats(api: ApiClient, companyId: string) {
  await api.request('POST', `/api/companies/${companyId}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
  const bought = await api.request('POST', `/api/companies/${companyId}/billing/changes`, { change: { kind: 'seats', to: 5 } });
  if (bought.status !== 200) throw new Error(`seat purchase failed: ${bought.status} ${JSON.stringify(bought.body)}`);
}

type Member = { id: string; email: string; role: string };

describe('nobody grants a role above their own', () => {
  it('an admin invites admins and members, but not billing managers or owners, and cannot touch their own role or a billing manager’s', async () => {
    const owner = await signUpCompany('ceiling');
    await payForSeats(owner.api, owner.companyId);
    const base = `/api/companies/${owner.companyId}`;
    const adminEmail = uniqueEmail('ceiling-admin');
    const billingEmail = uniqueEmail('ceiling-billing');
    const memberEmail = uniqueEmail('ceiling-member');
    const admin = await addMember(owner.api, owner.companyId, adminEmail, 'admin');
    await addMember(owner.api, owner.companyId, billingEmail, 'billing');
    await addMember(owner.api, owner.companyId, memberEmail, 'member');
    const members = (await owner.api.request('GET', `${base}/members`)).body.members as Member[];
    const idOf = (email: string) => members.find((m) => m.email === email)!.id;

    const billingInvite = await admin.request('POST', `${base}/invitations`, { email: uniqueEmail('ceiling-new'), role: 'billing' });
    expect(billingInvite.status).toBe(403);
    expect(billingInvite.body).toMatchObject({ error: 'role_above_yours', message: 'Only an owner can make someone a billing manager. As an admin you can make people admins or members.' });
    const ownerInvite = await admin.request('POST', `${base}/invitations`, { email: uniqueEmail('ceiling-new'), role: 'owner' });
    expect(ownerInvite.status).toBe(400);

    const promoteToBilling = await admin.request('PATCH', `${base}/members/${idOf(memberEmail)}`, { role: 'billing' });
    expect([promoteToBilling.status, promoteToBilling.body.error]).toEqual([403, 'role_above_yours']);
    const demoteBilling = await admin.request('PATCH', `${base}/members/${idOf(billingEmail)}`, { role: 'member' });
    expect([demoteBilling.status, demoteBilling.body.message]).toEqual([403, 'Only an owner can change the role of a billing manager.']);
    const ownRole = await admin.request('PATCH', `${base}/members/${idOf(adminEmail)}`, { role: 'member' });
    expect([ownRole.status, ownRole.body.error]).toEqual([403, 'own_role']);

    const after = (await owner.api.request('GET', `${base}/members`)).body.members as Member[];
    expect(Object.fromEntries(after.map((m) => [m.email, m.role]))).toEqual(Object.fromEntries(members.map((m) => [m.email, m.role])));
    const invitations = (await owner.api.request('GET', `${base}/invitations`)).body.invitations;
    expect(invitations).toEqual([]);

    // What is within the admin's ceiling still works.
    const memberToAdmin = await admin.request('PATCH', `${base}/members/${idOf(memberEmail)}`, { role: 'admin' });
    expect(memberToAdmin.status).toBe(200);
    const memberInvite = await admin.request('POST', `${base}/invitations`, { email: uniqueEmail('ceiling-new'), role: 'member' });
    expect(memberInvite.status).toBe(201);
  });

  it('an owner grants every role, and billing managers and members manage nobody', async () => {
    const owner = await signUpCompany('ceiling-owner');
    await payForSeats(owner.api, owner.companyId);
    const base = `/api/companies/${owner.companyId}`;
    const billingEmail = uniqueEmail('ceiling-b');
    const memberEmail = uniqueEmail('ceiling-m');
    const billing = await addMember(owner.api, owner.companyId, billingEmail, 'billing');
    const member = await addMember(owner.api, owner.companyId, memberEmail, 'member');
    const members = (await owner.api.request('GET', `${base}/members`)).body.members as Member[];
    const memberId = members.find((m) => m.email === memberEmail)!.id;
    const billingId = members.find((m) => m.email === billingEmail)!.id;

    for (const client of [billing, member]) {
      expect((await client.request('POST', `${base}/invitations`, { email: uniqueEmail('x'), role: 'member' })).status).toBe(403);
      expect((await client.request('PATCH', `${base}/members/${memberId}`, { role: 'admin' })).status).toBe(403);
      expect((await client.request('PATCH', `${base}/members/${billingId}`, { role: 'admin' })).status).toBe(403);
    }
    expect((await owner.api.request('PATCH', `${base}/members/${memberId}`, { role: 'billing' })).status).toBe(200);
    expect((await owner.api.request('PATCH', `${base}/members/${billingId}`, { role: 'admin' })).status).toBe(200);
    expect((await owner.api.request('POST', `${base}/invitations`, { email: uniqueEmail('ceiling-nb'), role: 'billing' })).status).toBe(201);
  });
});
