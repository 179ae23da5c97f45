import { describe, expect, it } from 'vitest';
import { ApiClient, signUpCompany, uniqueEmail } from '../../test/http';

/**
 * NUL cannot be stored by PostgreSQL and a lone surrogate is not text at all: each used to
 * reach the driver and come back as a 500. Now each is a 400 that names the field, and
 * nothing changes.
 */
describe('text that cannot be stored', () => {
  const nul = 'Acme\u0000Corp';
  const lone = 'Acme\ud800Corp';

  it('is refused at signup with a 400 naming the field, and no account is made', async () => {
    for (const [field, value] of [['companyName', nul], ['name', lone], ['companyName', lone], ['name', nul]] as const) {
      const email = uniqueEmail('nul-signup');
      const body = { email, password: 'a-long-passphrase-7', name: 'Ann Owner', companyName: 'Acme', [field]: value };
      const response = await new ApiClient().request('POST', '/api/signup', body);
      expect(response.status, `${field} ${JSON.stringify(value)}`).toBe(400);
      expect(response.body.fields[field]).toMatch(/contains characters we cannot store/);
      const login = await new ApiClient().request('POST', '/api/login', { email, password: 'a-long-passphrase-7' });
      expect(login.status).toBe(401);
    }
  });

  it('is refused in the company profile, a new company and a module setting, and nothing changes', async () => {
    const owner = await signUpCompany('nul-profile', 'Clean Company');
    const before = (await owner.api.request('GET', `/api/companies/${owner.companyId}`)).body;

    for (const body of [{ legalName: nul }, { displayName: lone }, { address: { city: nul } }, { taxId: lone }, { timezone: 'Europe/Berlin\u0000' }]) {
      const response = await owner.api.request('PATCH', `/api/companies/${owner.companyId}/profile`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.message).toMatch(/^The .+ contains characters we cannot store/);
    }
    const created = await owner.api.request('POST', '/api/companies', { name: nul });
    expect(created.status).toBe(400);
    expect(created.body.message).toMatch(/^The company name contains characters we cannot store/);

    const after = (await owner.api.request('GET', `/api/companies/${owner.companyId}`)).body;
    expect(after.profile).toEqual(before.profile);
    const me = await owner.api.request('GET', '/api/me');
    expect(me.body.companies).toHaveLength(1);
  });
});
