import { describe, expect, it } from 'vitest';
import { addMember, asOwner, signUpCompany, uniqueEmail, type ApiClient } from '../../test/http';

type Member = { id: string; email: string; role: string };

const tally = (statuses: number[]) => statuses.reduce<Record<number, number>>((counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});
const ownersOf = async (companyId: string) =>
  (await asOwner<{ n: number }>(`select count(*)::int as n from membership where company_id = $1 and role = 'owner'`, [companyId]))[0]!.n;

async function membersOf(api: ApiClient, companyId: string): Promise<Member[]> {
  return (await api.request('GET', `/api/companies/${companyId}/members`)).body.members;
}

/** A card on file and `seats` seats paid for (Starter includes 3, allows 5). */
async function payForSeats(api: ApiClient, companyId: string, seats: number) {
  await api.request('POST', `/api/companies/${companyId}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
  const bought = await api.request('POST', `/api/companies/${companyId}/billing/changes`, { change: { kind: 'seats', to: seats } });
  if (bought.status !== 200) throw new Error(`seat purchase failed: ${bought.status} ${JSON.stringify(bought.body)}`);
}

/** Requests that race: each row lock on the company and the pending-invitation index must hold. */
describe('the team under concurrency', () => {
  it('20 parallel invitations on a Starter plan with its 5 seats paid fill exactly the 4 free seats, with no duplicate and no 500', async () => {
    const owner = await signUpCompany('race-seats');
    await payForSeats(owner.api, owner.companyId, 5);
    const emails = Array.from({ length: 20 }, (_, i) => uniqueEmail(`race-seat-${i}`));
    const answers = await Promise.all(emails.map((email) => owner.api.request('POST', `/api/companies/${owner.companyId}/invitations`, { email, role: 'member' })));
    expect(tally(answers.map((a) => a.status))).toEqual({ 201: 4, 409: 16 });
    expect(new Set(answers.filter((a) => a.status === 409).map((a) => a.body.error))).toEqual(new Set(['seat_limit_reached']));
    const company = await owner.api.request('GET', `/api/companies/${owner.companyId}`);
    expect(company.body.seats).toMatchObject({ used: 5, paid: 5, limit: 5, members: 1, pendingInvitations: 4 });
  });

  it('20 parallel invitations with 3 seats paid fill the 2 free ones; the rest are asked to buy a seat', async () => {
    const owner = await signUpCompany('race-paid');
    const emails = Array.from({ length: 20 }, (_, i) => uniqueEmail(`race-paid-${i}`));
    const answers = await Promise.all(emails.map((email) => owner.api.request('POST', `/api/companies/${owner.companyId}/invitations`, { email, role: 'member' })));
    expect(tally(answers.map((a) => a.status))).toEqual({ 201: 2, 402: 18 });
    const company = await owner.api.request('GET', `/api/companies/${owner.companyId}`);
    expect(company.body.seats).toMatchObject({ used: 3, paid: 3, pendingInvitations: 2 });
  });

  it('20 parallel invitations that each may buy a seat never pass the plan limit of 5 people, nor the seats paid for', async () => {
    const owner = await signUpCompany('race-buy');
    await owner.api.request('POST', `/api/companies/${owner.companyId}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
    const emails = Array.from({ length: 20 }, (_, i) => uniqueEmail(`race-buy-${i}`));
    const answers = await Promise.all(emails.map((email) => owner.api.request('POST', `/api/companies/${owner.companyId}/invitations`, { email, role: 'member', addSeat: true })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((status) => status >= 500), JSON.stringify(answers.filter((a) => a.status >= 500).map((a) => a.body))).toEqual([]);
    expect(statuses.filter((status) => status === 201).length).toBeLessThanOrEqual(4);
    const seats = (await owner.api.request('GET', `/api/companies/${owner.companyId}`)).body.seats;
    expect(seats.used).toBeLessThanOrEqual(5);
    expect(seats.used).toBeLessThanOrEqual(seats.paid);
    expect(seats.pendingInvitations).toBe(statuses.filter((status) => status === 201).length);
  });

  it('20 parallel invitations of the same address give exactly one invitation', async () => {
    const owner = await signUpCompany('race-same');
    const email = uniqueEmail('race-same-person');
    const answers = await Promise.all(Array.from({ length: 20 }, () => owner.api.request('POST', `/api/companies/${owner.companyId}/invitations`, { email, role: 'member' })));
    expect(tally(answers.map((a) => a.status))).toEqual({ 201: 1, 409: 19 });
    expect(new Set(answers.filter((a) => a.status === 409).map((a) => a.body.error))).toEqual(new Set(['already_invited']));
    const rows = await asOwner<{ n: number }>(`select count(*)::int as n from invitation where company_id = $1 and email = $2`, [owner.companyId, email]);
    expect(rows[0]!.n).toBe(1);
  });

  it('an expired invitation makes way for a new one to the same address; PostgreSQL refuses a second pending row', async () => {
    const owner = await signUpCompany('race-expired');
    const email = uniqueEmail('race-expired-person');
    const first = await owner.api.request('POST', `/api/companies/${owner.companyId}/invitations`, { email, role: 'member' });
    await asOwner(`update invitation set expires_at = now() - interval '1 day' where id = $1`, [first.body.id]);
    const second = await owner.api.request('POST', `/api/companies/${owner.companyId}/invitations`, { email, role: 'member' });
    expect(second.status).toBe(201);
    const rows = await asOwner<{ id: string; revoked: boolean }>(`select id, revoked_at is not null as revoked from invitation where company_id = $1 and email = $2 order by created_at`, [owner.companyId, email]);
    expect(rows).toEqual([{ id: first.body.id, revoked: true }, { id: second.body.id, revoked: false }]);
    await expect(
      asOwner(`insert into invitation (id, company_id, email, role, module_roles, token_hash, invited_by, expires_at, created_at) values (gen_random_uuid(), $1, $2, 'member', '{}', md5(random()::text), 'x', now() + interval '1 day', now())`, [owner.companyId, email]),
    ).rejects.toThrow(/invitation_pending_company_id_email_unique/);
  });

  it('two owners leaving at once, or removing each other at once: one of them stays owner', async () => {
    for (const race of ['leave', 'remove'] as const) {
      const first = await signUpCompany(`race-${race}`);
      const secondEmail = uniqueEmail(`race-${race}-second`);
      const second = await addMember(first.api, first.companyId, secondEmail, 'admin');
      await asOwner(`update membership set role = 'owner' where company_id = $1`, [first.companyId]);
      const members = await membersOf(first.api, first.companyId);
      const idOf = (email: string) => members.find((m) => m.email === email)!.id;
      const answers = await Promise.all(
        race === 'leave'
          ? [first.api.request('POST', `/api/companies/${first.companyId}/leave`), second.request('POST', `/api/companies/${first.companyId}/leave`)]
          : [first.api.request('DELETE', `/api/companies/${first.companyId}/members/${idOf(secondEmail)}`), second.request('DELETE', `/api/companies/${first.companyId}/members/${idOf(first.email)}`)],
      );
      const statuses = answers.map((a) => a.status).sort();
      // The loser either meets the last-owner rule (409) or has just been removed itself (403).
      expect(statuses[0], race).toBe(200);
      expect([403, 409], race).toContain(statuses[1]);
      expect(await ownersOf(first.companyId), race).toBe(1);
    }
  });

  it('two parallel ownership transfers by the same owner hand it over once, and leaves racing a transfer never leave zero owners', async () => {
    const owner = await signUpCompany('race-transfer');
    const emails = [uniqueEmail('race-heir-a'), uniqueEmail('race-heir-b')];
    const heirs = await Promise.all(emails.map((email) => addMember(owner.api, owner.companyId, email, 'admin').catch(() => null)));
    expect(heirs.every(Boolean)).toBe(true);
    const members = await membersOf(owner.api, owner.companyId);
    const [a, b] = emails.map((email) => members.find((m) => m.email === email)!.id);
    const transfers = await Promise.all([a, b].map((memberId) => owner.api.request('POST', `/api/companies/${owner.companyId}/ownership`, { memberId })));
    expect(transfers.map((t) => t.status).sort()).toEqual([200, 403]);
    expect(await ownersOf(owner.companyId)).toBe(1);

    // The new owner leaves while the former owner (now admin) and the other admin leave too.
    const newOwner = transfers[0]!.status === 200 ? heirs[0]! : heirs[1]!;
    const other = newOwner === heirs[0] ? heirs[1]! : heirs[0]!;
    const leaves = await Promise.all([newOwner, other, owner.api].map((client) => client.request('POST', `/api/companies/${owner.companyId}/leave`)));
    expect(leaves.map((l) => l.status).sort()).toEqual([200, 200, 409]);
    expect(await ownersOf(owner.companyId)).toBe(1);
  });
});
