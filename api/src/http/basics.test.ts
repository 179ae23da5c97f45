import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../test/http';

describe('API basics', () => {
  it('reports the database and Temporal as up on /api/health', async () => {
    const health = await new ApiClient().request('GET', '/api/health');
    expect(health).toMatchObject({ status: 200, body: { status: 'ok', database: 'up', temporal: 'up' } });
  });

  it('serves an OpenAPI document generated from the request schemas', async () => {
    const { status, body } = await new ApiClient().request('GET', '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/signup', '/api/login', '/api/logout', '/api/me', '/api/health', '/api/companies/{companyId}/onboarding']),
    );
    const signupSchema = body.components.schemas.SignupRequest;
    expect(signupSchema.required).toEqual(expect.arrayContaining(['email', 'password', 'name', 'companyName']));
  });

  it('tags every response with a request id and security headers', async () => {
    const { headers } = await new ApiClient().request('GET', '/api/health');
    expect(headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers an unknown route with a JSON 404', async () => {
    const response = await new ApiClient().request('GET', '/api/no-such-thing');
    expect(response).toMatchObject({ status: 404, body: { error: 'not_found' } });
  });

  it('keeps a company private: another person gets 403, and no company id leaks', async () => {
    const owner = new ApiClient();
    const signup = await owner.request('POST', '/api/signup', {
      email: `private-${Date.now()}@example.com`, password: 'a-long-passphrase-7', name: 'Owner', companyName: 'Private Co',
    });
    const stranger = new ApiClient();
    await stranger.request('POST', '/api/signup', {
      email: `stranger-${Date.now()}@example.com`, password: 'a-long-passphrase-7', name: 'Stranger', companyName: 'Other Co',
    });
    const peek = await stranger.request('GET', `/api/companies/${signup.body.company.id}/onboarding`);
    expect(peek.status).toBe(403);
    expect(JSON.stringify(peek.body)).not.toContain('Private Co');
    const anonymous = await new ApiClient().request('GET', `/api/companies/${signup.body.company.id}/onboarding`);
    expect(anonymous.status).toBe(401);
  });
});
