import { describe, expect, it } from 'vitest';
import { addMember, ApiClient, password, signUpCompany, uniqueEmail } from '../../test/http';
import { SessionCache } from './session-cache';

/** Another client holding a copy of this one's session cookie, as a second tab or a thief would. */
function copyOf(client: ApiClient): ApiClient {
  const copy = new ApiClient();
  copy.cookie = client.cookie;
  return copy;
}

describe('the session cache never outlives a session ended in this process', () => {
  it('signing out makes the same cookie 401 on the very next request, though it was just remembered', async () => {
    const owner = await signUpCompany('cached-sign-out');
    const kept = copyOf(owner.api);
    expect((await kept.request('GET', '/api/me')).status).toBe(200);
    expect((await kept.request('GET', `/api/companies/${owner.companyId}`)).status).toBe(200);

    expect((await owner.api.request('POST', '/api/logout')).status).toBe(200);
    expect((await kept.request('GET', '/api/me')).status).toBe(401);
    expect((await kept.request('GET', `/api/companies/${owner.companyId}`)).status).toBe(401);
  });

  it("a session revoked from another device is 401 at once on the device that was just using it", async () => {
    const owner = await signUpCompany('cached-revoke');
    const laptop = new ApiClient();
    await laptop.request('POST', '/api/login', { email: owner.email, password });
    expect((await laptop.request('GET', '/api/me')).status).toBe(200);

    const sessions = await owner.api.request('GET', '/api/auth/list-sessions');
    const laptopToken = sessions.body.map((s: { token: string }) => s.token).find((t: string) => laptop.cookie.includes(t));
    expect((await owner.api.request('POST', '/api/auth/revoke-session', { token: laptopToken })).status).toBe(200);
    expect((await laptop.request('GET', '/api/me')).status).toBe(401);
    expect((await owner.api.request('GET', '/api/me')).status).toBe(200);
  });

  it('a password reset ends every session of the person at once, remembered ones included', async () => {
    const owner = await signUpCompany('cached-reset');
    expect((await owner.api.request('GET', `/api/companies/${owner.companyId}/overview`)).status).toBe(200);

    await new ApiClient().request('POST', '/api/auth/request-password-reset', { email: owner.email, redirectTo: '/reset-password' });
    const outbox = await new ApiClient().request('GET', `/api/dev/outbox?to=${encodeURIComponent(owner.email)}`);
    const token = outbox.body.messages
      .find((m: { subject: string }) => m.subject.includes('Reset your Atrium password'))
      ?.text.match(/reset-password\/([\w-]+)/)?.[1];
    expect((await new ApiClient().request('POST', '/api/auth/reset-password', { newPassword: 'brand-new-secret-42', token })).status).toBe(200);

    expect((await owner.api.request('GET', `/api/companies/${owner.companyId}/overview`)).status).toBe(401);
  });

  it('a removed member is refused at once on reads and writes, while their session is remembered', async () => {
    const owner = await signUpCompany('cached-removal');
    const email = uniqueEmail('cached-removed');
    const member = await addMember(owner.api, owner.companyId, email);
    expect((await member.request('GET', `/api/companies/${owner.companyId}/overview`)).status).toBe(200);
    expect((await member.request('GET', `/api/companies/${owner.companyId}/notifications`)).status).toBe(200);

    const memberId = (await owner.api.request('GET', `/api/companies/${owner.companyId}/members`)).body.members.find((m: { email: string }) => m.email === email).id;
    expect((await owner.api.request('DELETE', `/api/companies/${owner.companyId}/members/${memberId}`)).status).toBe(200);

    expect((await member.request('GET', `/api/companies/${owner.companyId}/overview`)).status).toBe(403);
    expect((await member.request('POST', `/api/companies/${owner.companyId}/notifications/read`, {})).status).toBe(403);
    // Still signed in: only the membership ended.
    expect((await member.request('GET', '/api/me')).status).toBe(200);
  });
});

describe('SessionCache', () => {
  const person = { id: 'user-1', email: 'a@example.com', name: 'A' };
  const inAnHour = () => new Date(Date.now() + 3_600_000);

  it('asks once per cookie while it remembers, and again after forgetting the person', async () => {
    const cache = new SessionCache(60_000);
    let lookups = 0;
    const load = async () => ((lookups += 1), { person, expiresAt: inAnHour() });
    await cache.personOf('cookie-a', load);
    await cache.personOf('cookie-a', load);
    expect(lookups).toBe(1);
    cache.forgetPerson(person.id);
    await cache.personOf('cookie-a', load);
    expect(lookups).toBe(2);
  });

  it('does not store a lookup that was under way while the person was forgotten', async () => {
    const cache = new SessionCache(60_000);
    let release!: () => void;
    const slow = cache.personOf('cookie-b', () => new Promise((resolve) => (release = () => resolve({ person, expiresAt: inAnHour() }))));
    cache.forgetPerson(person.id); // the session ends while the lookup is in flight
    release();
    await slow;
    let lookups = 0;
    await cache.personOf('cookie-b', async () => ((lookups += 1), null));
    expect(lookups).toBe(1);
  });

  it('never remembers a cookie that matched no session, nor one past its session', async () => {
    const cache = new SessionCache(60_000);
    let lookups = 0;
    expect(await cache.personOf('made-up', async () => ((lookups += 1), null))).toBeNull();
    expect(await cache.personOf('made-up', async () => ((lookups += 1), null))).toBeNull();
    const expired = async () => ((lookups += 1), { person, expiresAt: new Date(Date.now() - 1) });
    await cache.personOf('expired', expired);
    await cache.personOf('expired', expired);
    expect(lookups).toBe(4);
  });
});
