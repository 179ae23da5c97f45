import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, ApiClient, password, signUpCompany, uniqueEmail } from '../../test/http';
import { signedInOperator } from '../../test/operators';

/**
 * The operators' side, walked from the OpenAPI document (a new operator route is covered
 * the day it is added):
 * - every /api/operator/* route, as every company role (owner, admin, billing manager,
 *   member) and without a session, answers 401, 403 or 404, never 2xx, and carries none of
 *   the console's data;
 * - every company and person route, with only an operator session, answers 401: an
 *   operator is not a company person (decided: the console reads companies through its
 *   own audited routes, never through a company's; see docs/operators.md).
 */

interface Operation {
  method: string;
  path: string;
  access: 'public' | 'operator' | 'session';
  hasJsonBody: boolean;
}

/** Bodies that pass validation, so a refusal cannot be a mere 400. `@email` is the caller's own email. */
const sampleBodies: Record<string, unknown> = {
  'post /api/operator/login': { email: '@email', password },
  'post /api/operator/enrolment': { token: 'made-up-enrolment-token', code: '123456', newPassword: 'a-long-passphrase-8' },
  'post /api/operator/help/categories': { name: 'Hijacked category' },
  'post /api/operator/help/articles': { title: 'Hijacked article', categoryId: '@categoryId', body: 'Taken over', status: 'published' },
  'patch /api/operator/help/articles/{articleId}': { title: 'Taken over', status: 'published' },
  'post /api/operator/module-updates': { module: 'crm', title: 'Hijacked update', body: 'Taken over' },
  'patch /api/operator/module-updates/{updateId}': { title: 'Taken over' },
};

describe('operator isolation, walking every route', () => {
  let operator: Awaited<ReturnType<typeof signedInOperator>>;
  let acme: Awaited<ReturnType<typeof signUpCompany>>;
  let people: Record<string, { api: ApiClient; email: string }>;
  let ids: Record<string, string>;
  let secrets: string[];
  let operations: Operation[];
  const tally = { operatorRoutes: 0, asCompanyPeople: 0, companyRoutes: 0 };

  beforeAll(async () => {
    [operator, acme] = await Promise.all([signedInOperator('isolation'), signUpCompany('isolation', 'Isolation Industries')]);
    // Starter's 3 seats hold the owner and two more: a card and a fourth seat for the third.
    await acme.api.request('POST', `/api/companies/${acme.companyId}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
    await acme.api.request('POST', `/api/companies/${acme.companyId}/billing/changes`, { change: { kind: 'seats', to: 4 } });
    const roles = ['admin', 'billing', 'member'] as const;
    const members: Array<readonly [string, { api: ApiClient; email: string }]> = [];
    for (const role of roles) {
      const email = uniqueEmail(`isolation-${role}`);
      members.push([role, { api: await addMember(acme.api, acme.companyId, email, role), email }]);
    }
    people = { owner: { api: acme.api, email: acme.email }, ...Object.fromEntries(members), anonymous: { api: new ApiClient(), email: uniqueEmail('isolation-anonymous') } };

    const category = await operator.api.request('POST', '/api/operator/help/categories', { name: `Isolation secret shelf ${Date.now()}` });
    const draft = await operator.api.request('POST', '/api/operator/help/articles', { title: 'Isolation secret draft', categoryId: category.body.id, body: 'Operators only: isolation secret text' });
    // A draft module update: publishing it is one of the routes walked (it must stay a draft).
    const update = await operator.api.request('POST', '/api/operator/module-updates', { module: 'crm', title: 'Isolation secret update', body: 'Operators only: unpublished news' });
    ids = { companyId: acme.companyId, categoryId: category.body.id, articleId: draft.body.id, updateId: update.body.id };
    secrets = ['Isolation secret shelf', 'Isolation secret draft', 'isolation secret text', 'Isolation secret update', 'unpublished news', operator.credentials.operator.email, operator.credentials.operator.id, operator.credentials.totp.secret];

    const document = (await new ApiClient().request('GET', '/api/openapi.json')).body;
    operations = Object.entries(document.paths as Record<string, Record<string, { security?: Array<Record<string, unknown>>; requestBody?: { content: Record<string, unknown> } }>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, spec]) => ({
        method,
        path,
        access: !spec.security ? 'public' : spec.security.some((scheme) => 'operatorSession' in scheme) ? 'operator' : 'session',
        hasJsonBody: Boolean(spec.requestBody?.content['application/json']),
      })),
    );
  });

  afterAll(() => {
    console.log(`[operator-isolation] ${tally.operatorRoutes} operator routes refused ${tally.asCompanyPeople} times to company people and anonymous callers; ${tally.companyRoutes} company routes refused an operator session.`);
  });

  async function attempt(client: ApiClient, operation: Operation, email: string) {
    const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'module' ? 'crm' : name === 'step' ? 'import_contacts' : name === 'token' ? 'A'.repeat(43) : ids[name] ?? `missing-${name}`));
    const sample = JSON.stringify(sampleBodies[`${operation.method} ${operation.path}`] ?? {}).replace('"@email"', JSON.stringify(email)).replace('"@categoryId"', JSON.stringify(ids.categoryId));
    const response = await client.request(operation.method.toUpperCase(), url, operation.hasJsonBody ? JSON.parse(sample) : undefined);
    return { status: response.status, text: typeof response.body === 'string' ? response.body : JSON.stringify(response.body), cookie: response.headers.getSetCookie().join('; ') };
  }

  it('the document lists the operator routes under /api/operator, and only there', () => {
    const underOperator = operations.filter((operation) => operation.path.startsWith('/api/operator/'));
    expect(underOperator.length).toBeGreaterThan(10);
    // Everything under /api/operator needs an operator session, but the two doors that make one.
    expect(underOperator.filter((operation) => operation.access !== 'operator').map((operation) => `${operation.method} ${operation.path}`).sort()).toEqual(['post /api/operator/enrolment', 'post /api/operator/login']);
    expect(operations.filter((operation) => operation.access === 'operator' && !operation.path.startsWith('/api/operator/'))).toEqual([]);
  });

  it('refuses every operator route to every company role and to no session at all, and leaks nothing', async () => {
    for (const operation of operations.filter((op) => op.path.startsWith('/api/operator/'))) {
      tally.operatorRoutes += 1;
      for (const [role, { api, email }] of Object.entries(people)) {
        tally.asCompanyPeople += 1;
        const answer = await attempt(api, operation, email);
        expect.soft([401, 403, 404], `${operation.method} ${operation.path} as ${role}`).toContain(answer.status);
        expect.soft(answer.cookie, `${operation.method} ${operation.path} as ${role} set a cookie`).not.toMatch(/atrium_operator=[^;]/);
        for (const secret of secrets) expect.soft(answer.text, `${operation.method} ${operation.path} as ${role} leaked ${secret}`).not.toContain(secret);
      }
    }
    // Nothing was created or changed by them.
    const articles = await operator.api.request('GET', '/api/operator/help/articles');
    expect(articles.body.articles.map((article: { title: string }) => article.title)).not.toContain('Hijacked article');
    expect(articles.body.articles.find((article: { id: string }) => article.id === ids.articleId)).toMatchObject({ title: 'Isolation secret draft', status: 'draft' });
    const updates = await operator.api.request('GET', '/api/operator/module-updates');
    expect(updates.body.updates.map((update: { title: string }) => update.title)).not.toContain('Hijacked update');
    expect(updates.body.updates.find((update: { id: string }) => update.id === ids.updateId)).toMatchObject({ title: 'Isolation secret update', status: 'draft', publishedAt: null });
  });

  it('refuses every company and person route to an operator session alone', async () => {
    for (const operation of operations.filter((op) => op.access === 'session')) {
      tally.companyRoutes += 1;
      const answer = await attempt(operator.api, operation, operator.credentials.operator.email);
      expect.soft(answer.status, `${operation.method} ${operation.path} with an operator session`).toBe(401);
    }
    expect(tally.companyRoutes).toBeGreaterThan(40);
  });
});
