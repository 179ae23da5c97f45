import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, Connection } from '@temporalio/client';
import { onboardingWorkflowId, subscriptionWorkflowId } from '@atrium/workflows';
import { ApiClient, countRows, uniqueEmail } from '../../test/http';

const tables = ['user', 'session', 'account', 'company', 'membership'];

describe('signing up through HTTP', () => {
  let temporal: Client;

  beforeAll(async () => {
    temporal = new Client({ connection: await Connection.connect({ address: inject('temporalAddress') }) });
  });
  afterAll(async () => {
    await temporal?.connection.close();
  });

  it('creates the person, the company and the owner membership, signs in, and starts onboarding', async () => {
    const api = new ApiClient();
    const email = uniqueEmail('founder');
    const signup = await api.request('POST', '/api/signup', {
      email: email.toUpperCase(),
      password: 'a-long-passphrase-7',
      name: 'Grace Hopper',
      companyName: 'Hopper Analytics',
    });
    expect(signup.status).toBe(201);
    expect(signup.body.user).toMatchObject({ email, name: 'Grace Hopper' });
    expect(signup.body.company).toMatchObject({ name: 'Hopper Analytics' });
    expect(signup.headers.getSetCookie().join()).toMatch(/atrium\.session_token=.+HttpOnly/i);
    const companyId: string = signup.body.company.id;

    const me = await api.request('GET', '/api/me');
    expect(me.status).toBe(200);
    expect(me.body.companies).toEqual([expect.objectContaining({ id: companyId, role: 'owner' })]);

    // The onboarding and subscription workflows run in Temporal and an operator finds them by company.
    const description = await temporal.workflow.getHandle(onboardingWorkflowId(companyId)).describe();
    expect(description.status.name).toBe('RUNNING');
    expect(description.typedSearchAttributes.get({ name: 'AtriumCompanyId', type: 'KEYWORD' } as never)).toBe(companyId);
    await expect.poll(
      async () => {
        const ids: string[] = [];
        for await (const wf of temporal.workflow.list({ query: `AtriumCompanyId = '${companyId}'` })) ids.push(wf.workflowId);
        return ids.sort();
      },
      { timeout: 15_000, interval: 250 },
    ).toEqual([onboardingWorkflowId(companyId), subscriptionWorkflowId(companyId)]);
    // The subscription keeps its plan and status searchable from its first workflow task on.
    await expect.poll(async () => {
      const { typedSearchAttributes } = await temporal.workflow.getHandle(subscriptionWorkflowId(companyId)).describe();
      return ['AtriumPlan', 'AtriumStatus'].map((name) => typedSearchAttributes.get({ name, type: 'KEYWORD' } as never));
    }, { timeout: 15_000, interval: 250 }).toEqual(['starter', 'active']);

    const checklist = await api.request('GET', `/api/companies/${companyId}/onboarding`);
    expect(checklist.status).toBe(200);
    expect(checklist.body).toMatchObject({ companyId, completedCount: 0, total: 5, nextStep: 'company_profile' });
  });

  it('signs in again with the same email in any case, and out', async () => {
    const email = uniqueEmail('returning');
    await new ApiClient().request('POST', '/api/signup', { email, password: 'a-long-passphrase-7', name: 'Ken', companyName: 'Ken & Co' });

    const api = new ApiClient();
    const wrong = await api.request('POST', '/api/login', { email, password: 'not-the-password-1' });
    expect(wrong).toMatchObject({ status: 401, body: { error: 'invalid_credentials' } });

    const login = await api.request('POST', '/api/login', { email: email.toUpperCase(), password: 'a-long-passphrase-7' });
    expect(login.status).toBe(200);
    expect((await api.request('GET', '/api/me')).status).toBe(200);

    expect((await api.request('POST', '/api/logout')).status).toBe(200);
    expect(await api.request('GET', '/api/me')).toMatchObject({ status: 401, body: { error: 'unauthorized' } });
  });

  const valid = { password: 'a-long-passphrase-7', name: 'Ada', companyName: 'Analytical Engines' };
  const badInputs: Array<[string, unknown, number, string, string]> = [
    ['a malformed email', { ...valid, email: 'ada-at-example' }, 400, 'email', 'valid email'],
    ['a short password', { ...valid, email: uniqueEmail('weak'), password: 'abc12' }, 400, 'password', 'at least 10'],
    ['a password of letters only', { ...valid, email: uniqueEmail('weak'), password: 'onlyletterswithoutdigits' }, 400, 'password', 'digit or symbol'],
    ['a missing name', { email: uniqueEmail('noname'), password: valid.password, companyName: 'X Co' }, 400, 'name', 'name'],
    ['a missing company name', { email: uniqueEmail('nocompany'), password: valid.password, name: 'Ada' }, 400, 'companyName', 'company a name'],
  ];

  it.each(badInputs)('refuses %s with a message a person can act on, and writes nothing', async (_label, body, status, field, words) => {
    const before = await countRows(tables);
    const response = await new ApiClient().request('POST', '/api/signup', body);
    expect(response.status).toBe(status);
    expect(response.body.error).toBe('invalid_request');
    expect(response.body.fields[field]).toContain(words);
    expect(response.body.message).toBeTruthy();
    expect(await countRows(tables)).toEqual(before);
  });

  it('refuses an email already taken with 409 and writes nothing', async () => {
    const email = uniqueEmail('taken');
    expect((await new ApiClient().request('POST', '/api/signup', { ...valid, email })).status).toBe(201);
    const before = await countRows(tables);
    const again = await new ApiClient().request('POST', '/api/signup', { ...valid, email: ` ${email.toUpperCase()} `.trim(), companyName: 'Second Co' });
    expect(again).toMatchObject({ status: 409, body: { error: 'email_taken' } });
    expect(again.body.message).toMatch(/already exists.*Sign in/);
    expect(await countRows(tables)).toEqual(before);
  });

  it('answers a body that is not JSON with a 400 in JSON, not a stack trace', async () => {
    const response = await new ApiClient().request('POST', '/api/signup', '{"email": ');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'invalid_request', message: expect.stringContaining('not valid JSON') });
  });
});
