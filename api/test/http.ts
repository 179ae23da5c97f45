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
