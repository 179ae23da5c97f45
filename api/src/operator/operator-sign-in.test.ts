import { describe, expect, inject, it } from 'vitest';
import { ApiClient, password, signUpCompany } from '../../test/http';
import { newOperator, operatorPassword, signedInOperator, totpCode, wrongCode } from '../../test/operators';

/** A request from an address of its own (the API trusts one X-Forwarded-For hop, as the dashboard's proxy sets it). */
async function fromAddress(address: string, path: string, body: unknown) {
  const response = await fetch(`${inject('apiUrl')}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { error?: string }, cookie: response.headers.getSetCookie().join('; '), retryAfter: response.headers.get('retry-after') };
}
const address = () => `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;

describe('operator sign-in', () => {
  it('the first sign-in shows the TOTP secret, gives no session, and enrols only with a valid code and a new password', async () => {
    const credentials = await newOperator('first');
    const api = new ApiClient();
    const login = await api.request('POST', '/api/operator/login', { email: credentials.operator.email, password: credentials.oneTimePassword });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ status: 'enrolment_required', enrolment: { secret: credentials.totp.secret, otpauthUrl: credentials.totp.otpauthUrl } });
    expect(login.body.enrolment.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Atrium%20operators:.+\?.*secret=/);
    expect(api.cookie).toBe('');
    expect((await api.request('GET', '/api/operator/me')).status).toBe(401);

    const token = login.body.enrolment.token;
    const wrong = await api.request('POST', '/api/operator/enrolment', { token, code: wrongCode(credentials.totp.secret), newPassword: operatorPassword });
    expect([wrong.status, wrong.body.error]).toEqual([401, 'totp_invalid']);
    const missing = await api.request('POST', '/api/operator/enrolment', { token, newPassword: operatorPassword });
    expect(missing.status).toBe(400);

    const enrolled = await api.request('POST', '/api/operator/enrolment', { token, code: totpCode(credentials.totp.secret), newPassword: operatorPassword });
    expect(enrolled.status).toBe(200);
    expect(enrolled.body.operator.email).toBe(credentials.operator.email);
    expect(api.cookie).toMatch(/^atrium_operator=/);
    expect((await api.request('GET', '/api/operator/me')).body.operator.email).toBe(credentials.operator.email);

    // The one-time password is spent, and so is the enrolment.
    const again = await new ApiClient().request('POST', '/api/operator/login', { email: credentials.operator.email, password: credentials.oneTimePassword, code: totpCode(credentials.totp.secret, 1) });
    expect([again.status, again.body.error]).toEqual([401, 'invalid_credentials']);
    const reused = await new ApiClient().request('POST', '/api/operator/enrolment', { token, code: totpCode(credentials.totp.secret, 1), newPassword: operatorPassword });
    expect([reused.status, reused.body.error]).toEqual([401, 'enrolment_expired']);
  });

  it('refuses a missing code, a wrong code and a code used before; signs in with the password and a fresh code', async () => {
    const { credentials } = await signedInOperator('enrolled');
    const email = credentials.operator.email;
    const attempt = (body: Record<string, unknown>) => new ApiClient().request('POST', '/api/operator/login', { email, password: operatorPassword, ...body });

    const missing = await attempt({});
    expect([missing.status, missing.body.error]).toEqual([401, 'totp_required']);
    const current = totpCode(credentials.totp.secret, 1);
    const wrong = await attempt({ code: wrongCode(credentials.totp.secret) });
    expect([wrong.status, wrong.body.error]).toEqual([401, 'totp_invalid']);
    const malformed = await attempt({ code: '12ab56' });
    expect(malformed.status).toBe(400);

    const operator = new ApiClient();
    const signedIn = await operator.request('POST', '/api/operator/login', { email, password: operatorPassword, code: current });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toEqual({ status: 'signed_in', operator: credentials.operator });
    expect((await operator.request('GET', '/api/operator/me')).status).toBe(200);

    // The same code a second time, even within its 30 seconds, is refused.
    const replayed = await attempt({ code: current });
    expect([replayed.status, replayed.body.error]).toEqual([401, 'totp_invalid']);

    const wrongPassword = await new ApiClient().request('POST', '/api/operator/login', { email, password: 'not-the-password-1', code: totpCode(credentials.totp.secret, -1) });
    expect([wrongPassword.status, wrongPassword.body.error]).toEqual([401, 'invalid_credentials']);
    const nobody = await new ApiClient().request('POST', '/api/operator/login', { email: 'nobody@atrium.example', password: operatorPassword, code: '123456' });
    expect([nobody.status, nobody.body.error]).toEqual([401, 'invalid_credentials']);

    // Signing out ends that session.
    expect((await operator.request('POST', '/api/operator/logout')).status).toBe(200);
    expect((await operator.request('GET', '/api/operator/me')).status).toBe(401);
  });

  it('is rate-limited: after 10 wrong codes in a row from one address, even the right code waits (429)', async () => {
    const { credentials } = await signedInOperator('limited');
    const email = credentials.operator.email;
    const attacker = address();
    const right = totpCode(credentials.totp.secret, 1);
    const guess = wrongCode(credentials.totp.secret);
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      expect((await fromAddress(attacker, '/api/operator/login', { email, password: operatorPassword, code: guess })).status, `attempt ${attempt}`).toBe(401);
    }
    const refused = await fromAddress(attacker, '/api/operator/login', { email, password: operatorPassword, code: right });
    expect(refused.status).toBe(429);
    expect(refused.body.error).toBe('too_many_requests');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.cookie).toBe('');
    // The operator, from their own address, still signs in.
    expect((await fromAddress(address(), '/api/operator/login', { email, password: operatorPassword, code: right })).status).toBe(200);
  });

  it("a company person's session reaches no operator route, and an operator's session no company route", async () => {
    const { api: operator } = await signedInOperator('separate');
    const company = await signUpCompany('operator-separate');
    expect((await company.api.request('GET', '/api/operator/me')).status).toBe(401);
    // The person's own email and password are not an operator's.
    const asOperator = await new ApiClient().request('POST', '/api/operator/login', { email: company.email, password, code: '123456' });
    expect([asOperator.status, asOperator.body.error]).toEqual([401, 'invalid_credentials']);
    expect((await operator.request('GET', '/api/me')).status).toBe(401);
    expect((await operator.request('GET', `/api/companies/${company.companyId}`)).status).toBe(401);
  });

  it('writes every sign-in, refused ones too, to the operator audit log', async () => {
    const { api, credentials } = await signedInOperator('audited');
    await new ApiClient().request('POST', '/api/operator/login', { email: credentials.operator.email, password: operatorPassword });
    const log = await api.request('GET', '/api/operator/audit-log');
    expect(log.status).toBe(200);
    const mine = (log.body.events as Array<{ operatorEmail: string; action: string; description: string }>).filter((event) => event.operatorEmail === credentials.operator.email);
    expect(mine.map((event) => event.action)).toEqual(expect.arrayContaining(['operator.created', 'operator.enrolled', 'operator.sign_in_refused']));
    expect(mine.find((event) => event.action === 'operator.sign_in_refused')!.description).toMatch(/refused \(no code\)/);
  });
});
