import { describe, expect, it } from 'vitest';
import { ApiClient, password, signUpCompany } from '../../test/http';

async function latestMail(to: string, subjectWords: string) {
  const outbox = await new ApiClient().request('GET', `/api/dev/outbox?to=${encodeURIComponent(to)}`);
  return outbox.body.messages.find((m: { subject: string }) => m.subject.includes(subjectWords)) as { text: string } | undefined;
}

describe('account, through better-auth', () => {
  it('sends a verification mail at signup', async () => {
    const owner = await signUpCompany('verify');
    const mail = await latestMail(owner.email, 'Confirm your email');
    expect(mail?.text).toMatch(/\/api\/auth\/verify-email\?token=/);
  });

  it('resets a forgotten password through the mailed link, and the old password stops working', async () => {
    const owner = await signUpCompany('forgetful');
    const request = await new ApiClient().request('POST', '/api/auth/request-password-reset', { email: owner.email, redirectTo: '/reset-password' });
    expect(request.status).toBe(200);
    const mail = await latestMail(owner.email, 'Reset your Atrium password');
    const token = mail?.text.match(/reset-password\/([\w-]+)/)?.[1];
    expect(token).toBeTruthy();

    const reset = await new ApiClient().request('POST', '/api/auth/reset-password', { newPassword: 'brand-new-secret-42', token });
    expect(reset.status).toBe(200);
    expect((await new ApiClient().request('POST', '/api/login', { email: owner.email, password })).status).toBe(401);
    expect((await new ApiClient().request('POST', '/api/login', { email: owner.email, password: 'brand-new-secret-42' })).status).toBe(200);
  });

  it('changes the password, lists the sessions and revokes one', async () => {
    const owner = await signUpCompany('sessions');
    const laptop = new ApiClient();
    await laptop.request('POST', '/api/login', { email: owner.email, password });

    const sessions = await owner.api.request('GET', '/api/auth/list-sessions');
    expect(sessions.status).toBe(200);
    expect(sessions.body.length).toBe(2);

    const laptopToken = sessions.body.map((s: { token: string }) => s.token).find((t: string) => laptop.cookie.includes(t));
    expect((await owner.api.request('POST', '/api/auth/revoke-session', { token: laptopToken })).status).toBe(200);
    expect((await laptop.request('GET', '/api/me')).status).toBe(401);

    const changed = await owner.api.request('POST', '/api/auth/change-password', { currentPassword: password, newPassword: 'another-secret-77' });
    expect(changed.status).toBe(200);
    expect((await new ApiClient().request('POST', '/api/login', { email: owner.email, password: 'another-secret-77' })).status).toBe(200);
  });
});
