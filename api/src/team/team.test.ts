import { describe, expect, it } from 'vitest';
import { unpackRules } from '@casl/ability/extra';
import { abilityFromRules, plans } from '@atrium/core';
import { addMember, ApiClient, asOwner, countRows, invitationTokenFor, password, signUpCompany, uniqueEmail } from '../../test/http';

describe('the team', () => {
  it('an owner invites a CRM viewer, who accepts from the outbox link, signs in and cannot invite or see billing', async () => {
    const owner = await signUpCompany('inviter');
    const email = uniqueEmail('viewer');
    const invited = await owner.api.request('POST', `/api/companies/${owner.companyId}/invitations`, { email, role: 'member', moduleRoles: { crm: 'viewer' } });
    expect(invited.status).toBe(201);

    const token = await invitationTokenFor(email);
    const preview = await new ApiClient().request('GET', `/api/invitations/${token}`);
    expect(preview.body).toMatchObject({ companyName: owner.companyName, email, role: 'member', accountExists: false });

    const member = new ApiClient();
    const accepted = await member.request('POST', '/api/invitations/accept', { token, name: 'Vera Viewer', password });
    expect(accepted).toMatchObject({ status: 200, body: { company: { id: owner.companyId } } });

    // A fresh sign-in works with the password chosen at acceptance.
    const again = new ApiClient();
    expect((await again.request('POST', '/api/login', { email, password })).status).toBe(200);
    const company = await again.request('GET', `/api/companies/${owner.companyId}`);
    expect(company.body).toMatchObject({ name: owner.companyName, role: 'member' });
    const ability = abilityFromRules(unpackRules(company.body.rules) as never);
    expect(ability.can('create', 'Invitation')).toBe(false);
    expect(ability.can('read', 'Billing')).toBe(false);

    expect((await again.request('POST', `/api/companies/${owner.companyId}/invitations`, { email: uniqueEmail('x'), role: 'member' })).status).toBe(403);
    expect((await again.request('GET', `/api/companies/${owner.companyId}/audit-log`)).status).toBe(403);

    const members = await owner.api.request('GET', `/api/companies/${owner.companyId}/members`);
    expect(members.body.members).toEqual(expect.arrayContaining([expect.objectContaining({ email, role: 'member', moduleRoles: { crm: 'viewer' } })]));
    const audit = await owner.api.request('GET', `/api/companies/${owner.companyId}/audit-log`);
    expect(audit.body.events.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['invitation.sent', 'invitation.accepted']));
  });

  it('a person who already has an account signs in and joins a second company, and switches between both', async () => {
    const first = await signUpCompany('first');
    const second = await signUpCompany('second');
    await second.api.request('POST', `/api/companies/${second.companyId}/invitations`, { email: first.email, role: 'admin' });
    const token = await invitationTokenFor(first.email);

    const anonymous = await new ApiClient().request('POST', '/api/invitations/accept', { token });
    expect(anonymous).toMatchObject({ status: 409, body: { error: 'sign_in_to_accept' } });

    const joined = await first.api.request('POST', '/api/invitations/accept', { token });
    expect(joined.status).toBe(200);
    const me = await first.api.request('GET', '/api/me');
    expect(me.body.companies.map((c: { id: string; role: string }) => [c.id, c.role])).toEqual(
      expect.arrayContaining([[first.companyId, 'owner'], [second.companyId, 'admin']]),
    );
  });

  it('refuses an expired, a reused and a forged invitation token, and changes nothing', async () => {
    const owner = await signUpCompany('tokens');
    const expiredEmail = uniqueEmail('late');
    await owner.api.request('POST', `/api/companies/${owner.companyId}/invitations`, { email: expiredEmail, role: 'member' });
    const expiredToken = await invitationTokenFor(expiredEmail);
    await asOwner(`update invitation set expires_at = now() - interval '1 minute' where email = $1`, [expiredEmail]);

    const usedEmail = uniqueEmail('twice');
    await owner.api.request('POST', `/api/companies/${owner.companyId}/invitations`, { email: usedEmail, role: 'member' });
    const usedToken = await invitationTokenFor(usedEmail);
    expect((await new ApiClient().request('POST', '/api/invitations/accept', { token: usedToken, name: 'Once', password })).status).toBe(200);

    const before = await countRows(['user', 'membership', 'invitation']);
    const expired = await new ApiClient().request('POST', '/api/invitations/accept', { token: expiredToken, name: 'Late', password });
    expect(expired).toMatchObject({ status: 410, body: { error: 'invitation_expired' } });
    expect(expired.body.message).toMatch(/expired.*resend/i);
    const reused = await new ApiClient().request('POST', '/api/invitations/accept', { token: usedToken, name: 'Again', password });
    expect(reused).toMatchObject({ status: 410, body: { error: 'invitation_used' } });
    const forged = await new ApiClient().request('POST', '/api/invitations/accept', { token: 'x'.repeat(43), name: 'Forger', password });
    expect(forged).toMatchObject({ status: 404, body: { error: 'invitation_not_found' } });
    expect(await countRows(['user', 'membership', 'invitation'])).toEqual(before);
  });

  it('a resent invitation gets a new link and the old one stops working; a revoked one works no more', async () => {
    const owner = await signUpCompany('resender');
    const email = uniqueEmail('resent');
    const invited = await owner.api.request('POST', `/api/companies/${owner.companyId}/invitations`, { email, role: 'member' });
    const oldToken = await invitationTokenFor(email);
    expect((await owner.api.request('POST', `/api/companies/${owner.companyId}/invitations/${invited.body.id}/resend`)).status).toBe(200);
    const newToken = await invitationTokenFor(email);
    expect(newToken).not.toBe(oldToken);
    expect((await new ApiClient().request('GET', `/api/invitations/${oldToken}`)).status).toBe(404);
    expect((await owner.api.request('DELETE', `/api/companies/${owner.companyId}/invitations/${invited.body.id}`)).status).toBe(200);
    expect(await new ApiClient().request('GET', `/api/invitations/${newToken}`)).toMatchObject({ status: 410, body: { error: 'invitation_revoked' } });
  });

  it('the last owner can be neither removed nor demoted, nor leave; ownership can be transferred', async () => {
    const owner = await signUpCompany('sole');
    const members = await owner.api.request('GET', `/api/companies/${owner.companyId}/members`);
    const ownerMemberId = members.body.members[0].id;

    const demote = await owner.api.request('PATCH', `/api/companies/${owner.companyId}/members/${ownerMemberId}`, { role: 'admin' });
    expect(demote).toMatchObject({ status: 409, body: { error: 'last_owner' } });
    expect(demote.body.message).toMatch(/Transfer ownership/);
    expect((await owner.api.request('DELETE', `/api/companies/${owner.companyId}/members/${ownerMemberId}`)).body.error).toBe('last_owner');
    expect((await owner.api.request('POST', `/api/companies/${owner.companyId}/leave`)).body.error).toBe('last_owner');
    const unchanged = await owner.api.request('GET', `/api/companies/${owner.companyId}/members`);
    expect(unchanged.body.members).toEqual([expect.objectContaining({ id: ownerMemberId, role: 'owner' })]);

    const heirEmail = uniqueEmail('heir');
    const heir = await addMember(owner.api, owner.companyId, heirEmail);
    const heirId = (await owner.api.request('GET', `/api/companies/${owner.companyId}/members`)).body.members.find((m: { email: string }) => m.email === heirEmail).id;
    expect((await owner.api.request('POST', `/api/companies/${owner.companyId}/ownership`, { memberId: heirId })).status).toBe(200);
    const after = await heir.request('GET', `/api/companies/${owner.companyId}`);
    expect(after.body.role).toBe('owner');
    expect((await owner.api.request('GET', `/api/companies/${owner.companyId}`)).body.role).toBe('admin');
  });

  it('a removed member gets 403 on the next request, with a session cookie that was valid a second before', async () => {
    const owner = await signUpCompany('remover');
    const email = uniqueEmail('removed');
    const member = await addMember(owner.api, owner.companyId, email);
    expect((await member.request('GET', `/api/companies/${owner.companyId}`)).status).toBe(200);
    const memberId = (await owner.api.request('GET', `/api/companies/${owner.companyId}/members`)).body.members.find((m: { email: string }) => m.email === email).id;
    expect((await owner.api.request('DELETE', `/api/companies/${owner.companyId}/members/${memberId}`)).status).toBe(200);
    expect((await member.request('GET', `/api/companies/${owner.companyId}`)).status).toBe(403);
    expect((await member.request('GET', '/api/me')).status).toBe(200);
  });

  it('seats are people: past the seats paid for, an invitation asks to add a seat, charged at once; the plan limit stays hard', async () => {
    const owner = await signUpCompany('crowded');
    const invite = (label: string, extra: Record<string, unknown> = {}) =>
      owner.api.request('POST', `/api/companies/${owner.companyId}/invitations`, { email: uniqueEmail(label), role: 'member', ...extra });
    const seats = async () => (await owner.api.request('GET', `/api/companies/${owner.companyId}`)).body.seats;
    expect(await seats()).toMatchObject({ used: 1, paid: plans.starter.seatsIncluded, limit: plans.starter.seatLimit });
    for (let seat = 2; seat <= plans.starter.seatsIncluded; seat++) expect((await invite(`seat${seat}`)).status).toBe(201);

    // The fourth person needs a fourth seat: refused until asked for, and nothing is written.
    const before = await countRows(['invitation']);
    const needsSeat = await invite('fourth');
    expect(needsSeat).toMatchObject({ status: 402, body: { error: 'seat_purchase_required', details: { seatsNeeded: 4 } } });
    expect(await countRows(['invitation'])).toEqual(before);
    // Without a card the seat cannot be bought; the answer says so.
    expect((await invite('fourth', { addSeat: true })).body).toMatchObject({ error: 'payment_method_required' });

    await owner.api.request('POST', `/api/companies/${owner.companyId}/billing/payment-methods`, { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2040, cvc: '123' });
    const preview = await owner.api.request('POST', `/api/companies/${owner.companyId}/billing/preview`, { change: { kind: 'seats', to: 4 } });
    expect(preview.body.chargeNow.amount).toBeGreaterThan(0);
    const bought = await invite('fourth', { addSeat: true });
    expect(bought.status).toBe(201);
    expect(await seats()).toMatchObject({ used: 4, paid: 4 });
    const invoices = await owner.api.request('GET', `/api/companies/${owner.companyId}/billing/invoices`);
    expect(invoices.body.invoices[0]).toMatchObject({ status: 'paid', total: preview.body.chargeNow });

    expect((await invite('fifth', { addSeat: true })).status).toBe(201);
    const over = await invite('one-too-many', { addSeat: true });
    expect(over).toMatchObject({ status: 409, body: { error: 'seat_limit_reached' } });
    expect(over.body.message).toContain(`allows ${plans.starter.seatLimit} people`);
    expect(over.body.message).toMatch(/Move to Growth/);
    expect(await seats()).toMatchObject({ used: 5, paid: 5, limit: 5 });

    // Lowering seats below the people in the company says whom to remove.
    const lower = await owner.api.request('POST', `/api/companies/${owner.companyId}/billing/changes`, { change: { kind: 'seats', to: 3 } });
    expect(lower).toMatchObject({ status: 409, body: { error: 'seats_in_use' } });
    expect(lower.body.message).toContain('Remove members or revoke pending invitations on the Team page first: 2 seats are still in use.');
  });

  it('a seat reduction waiting for the renewal holds its seats: an invitation that would lose its seat then is refused', async () => {
    const owner = await signUpCompany('lowering');
    const invite = (label: string) => owner.api.request('POST', `/api/companies/${owner.companyId}/invitations`, { email: uniqueEmail(label), role: 'member' });
    await owner.api.request('POST', `/api/companies/${owner.companyId}/billing/payment-methods`, { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2040, cvc: '123' });
    const included = plans.starter.seatsIncluded;
    expect((await owner.api.request('POST', `/api/companies/${owner.companyId}/billing/changes`, { change: { kind: 'seats', to: included + 1 } })).status).toBe(200);
    for (let seat = 2; seat <= included; seat++) expect((await invite(`seat${seat}`)).status).toBe(201);

    // One seat is free today, but the reduction to `included` at the renewal takes it.
    const lower = await owner.api.request('POST', `/api/companies/${owner.companyId}/billing/changes`, { change: { kind: 'seats', to: included } });
    expect(lower).toMatchObject({ status: 200, body: { outcome: 'scheduled' } });
    const refused = await invite('late');
    expect(refused).toMatchObject({ status: 409, body: { error: 'seat_reduction_scheduled' } });
    expect(refused.body.message).toContain(`goes down to ${included} seats on`);

    // Asking for the seats it has cancels the waiting reduction: the invitation fits again.
    expect((await owner.api.request('POST', `/api/companies/${owner.companyId}/billing/changes`, { change: { kind: 'seats', to: included + 1 } })).status).toBe(200);
    expect((await invite('welcome')).status).toBe(201);
  });

  it('a person creates a second company and owns it', async () => {
    const owner = await signUpCompany('founder2');
    const created = await owner.api.request('POST', '/api/companies', { name: 'Side Project' });
    expect(created).toMatchObject({ status: 201, body: { name: 'Side Project' } });
    const me = await owner.api.request('GET', '/api/me');
    expect(me.body.companies).toHaveLength(2);
    expect((await owner.api.request('POST', '/api/companies', { name: '' })).status).toBe(400);
  });
});
