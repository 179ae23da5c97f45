import { describe, expect, it } from 'vitest';
import { ApiClient, invitationTokenFor, password, signUpCompany, uniqueEmail } from '../../test/http';

const tooEasy = /^This password is too easy to guess: it is (one of the most common passwords|a common password with small changes)\./;

async function resetToken(email: string) {
  await new ApiClient().request('POST', '/api/auth/request-password-reset', { email, redirectTo: '/reset-password' });
  const outbox = await new ApiClient().request('GET', `/api/dev/outbox?to=${encodeURIComponent(email)}`);
  const mail = outbox.body.messages.find((m: { subject: string }) => m.subject.includes('Reset your Atrium password'));
  return mail.text.match(/reset-password\/([\w-]+)/)[1] as string;
}

const canLogIn = async (email: string, secret: string) => (await new ApiClient().request('POST', '/api/login', { email, password: secret })).status === 200;

/** Signup's password rule holds on every path that sets a password. */
describe('one password rule everywhere', () => {
  it('signup refuses a common password', async () => {
    const email = uniqueEmail('weak-signup');
    const response = await new ApiClient().request('POST', '/api/signup', { email, password: 'Password1234', name: 'Weak', companyName: 'Weak Co' });
    expect(response.status).toBe(400);
    expect(response.body.fields.password).toMatch(tooEasy);
  });

  it("better-auth's own sign-up endpoint applies it too", async () => {
    const response = await new ApiClient().request('POST', '/api/auth/sign-up/email', { email: uniqueEmail('weak-direct'), password: 'password123', name: 'Direct' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'WEAK_PASSWORD', message: expect.stringMatching(tooEasy) });
  });

  it('an invitation accepted as a new account refuses a common password and a letters-only one, and the invitation stays open', async () => {
    const owner = await signUpCompany('weak-invite');
    const email = uniqueEmail('weak-invitee');
    await owner.api.request('POST', `/api/companies/${owner.companyId}/invitations`, { email, role: 'member' });
    const token = await invitationTokenFor(email);
    const common = await new ApiClient().request('POST', '/api/invitations/accept', { token, name: 'Invitee', password: 'qwerty12345' });
    expect(common.status).toBe(400);
    expect(common.body.fields.password).toMatch(tooEasy);
    const lettersOnly = await new ApiClient().request('POST', '/api/invitations/accept', { token, name: 'Invitee', password: 'onlyletterswithoutdigits' });
    expect([lettersOnly.status, lettersOnly.body.fields.password]).toEqual([400, 'Mix letters with at least one digit or symbol in your password.']);
    expect((await new ApiClient().request('GET', `/api/invitations/${token}`)).status).toBe(200);
  });

  it('a password reset refuses a common password and keeps the old one working', async () => {
    const owner = await signUpCompany('weak-reset');
    const token = await resetToken(owner.email);
    const reset = await new ApiClient().request('POST', '/api/auth/reset-password', { newPassword: 'iloveyou12', token });
    expect(reset.status).toBe(400);
    expect(reset.body).toMatchObject({ code: 'WEAK_PASSWORD', message: expect.stringMatching(tooEasy) });
    const nul = await new ApiClient().request('POST', '/api/auth/reset-password', { newPassword: 'long-enough\u0000-9', token });
    expect(nul.status).toBe(400);
    expect(await canLogIn(owner.email, password)).toBe(true);
    // The link still works for a good password.
    expect((await new ApiClient().request('POST', '/api/auth/reset-password', { newPassword: 'maple-orbit-tunnel-7', token })).status).toBe(200);
  });

  it('a password change refuses a common password and keeps the old one working', async () => {
    const owner = await signUpCompany('weak-change');
    const changed = await owner.api.request('POST', '/api/auth/change-password', { currentPassword: password, newPassword: 'password123' });
    expect(changed.status).toBe(400);
    expect(changed.body).toMatchObject({ code: 'WEAK_PASSWORD', message: expect.stringMatching(tooEasy) });
    const short = await owner.api.request('POST', '/api/auth/change-password', { currentPassword: password, newPassword: 'abc12' });
    expect([short.status, short.body.message]).toEqual([400, 'Use at least 10 characters for your password.']);
    expect(await canLogIn(owner.email, password)).toBe(true);
    expect(await canLogIn(owner.email, 'password123')).toBe(false);
  });
});
