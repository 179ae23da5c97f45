import { inject } from 'vitest';
import pg from 'pg';

/** A small HTTP client for the test API that keeps the session cookie like a browser. */
export class ApiClient {
  cookie = '';
  constructor(readonly baseUrl = inject('apiUrl')) {}

  async request(method: string, path: string, body?: unknown) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    if (setCookie) this.cookie = setCookie;
    const text = await response.text();
    const json = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    return { status: response.status, body: json, headers: response.headers };
  }
}

let sequence = 0;
export const uniqueEmail = (label: string) => `${label}-${Date.now()}-${sequence++}@example.com`;

/** Row counts, read as the owner inside a named system context (RLS is forced on it too). */
export async function countRows(tables: string[]): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: inject('ownerUrl') });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.system_context', 'test: count rows', true)`);
    const counts: Record<string, number> = {};
    for (const table of tables) {
      counts[table] = (await client.query(`select count(*)::int as n from "${table}"`)).rows[0].n;
    }
    await client.query('rollback');
    return counts;
  } finally {
    await client.end();
  }
}

export const password = 'a-long-passphrase-7';

/** Signs up a new person with their own company; returns their client and the company. */
export async function signUpCompany(label: string, companyName = `${label} Co`) {
  const api = new ApiClient();
  const email = uniqueEmail(label);
  const response = await api.request('POST', '/api/signup', { email, password, name: `${label} Owner`, companyName });
  if (response.status !== 201) throw new Error(`signup failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { api, email, userId: response.body.user.id as string, companyId: response.body.company.id as string, companyName };
}

/** The invitation link last mailed to `email`, from the local outbox. */
export async function invitationTokenFor(email: string): Promise<string> {
  const outbox = await new ApiClient().request('GET', `/api/dev/outbox?to=${encodeURIComponent(email)}`);
  const message = outbox.body.messages.find((m: { subject: string }) => m.subject.includes('invited you'));
  const token = message?.text.match(/\/invite\/([\w-]+)/)?.[1];
  if (!token) throw new Error(`no invitation mail for ${email}`);
  return token;
}

/** Invites `email` and has them accept as a new account; returns their signed-in client. */
export async function addMember(owner: ApiClient, companyId: string, email: string, role = 'member', moduleRoles: Record<string, string> = {}) {
  const invited = await owner.request('POST', `/api/companies/${companyId}/invitations`, { email, role, moduleRoles });
  if (invited.status !== 201) throw new Error(`invite failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const member = new ApiClient();
  const accepted = await member.request('POST', '/api/invitations/accept', { token: await invitationTokenFor(email), name: email.split('@')[0], password });
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return member;
}

/** Runs SQL as the owner inside a named system context (fixtures that the API cannot make, like an expired invitation). */
export async function asOwner<T>(sql: string, params: unknown[] = [], context: Record<string, string> = { 'app.system_context': 'test: fixtures' }): Promise<T[]> {
  const client = new pg.Client({ connectionString: inject('ownerUrl') });
  await client.connect();
  try {
    await client.query('begin');
    for (const [name, value] of Object.entries(context)) await client.query('select set_config($1, $2, true)', [name, value]);
    const result = await client.query(sql, params);
    await client.query('commit');
    return result.rows as T[];
  } finally {
    await client.end();
  }
}
