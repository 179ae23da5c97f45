import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

export interface BaselineServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * The yardstick the API is measured against: a bare `node:http` server that does what every
 * company request must do at the least — read the session cookie and look the session up
 * by its token in PostgreSQL (the same database, role and pool size as the API's auth
 * pool) — and answers with the person's id. Anything the API takes beyond this is its own
 * overhead: framework, validation, tenancy, entitlements, the route's work.
 */
export async function startBaselineServer(databaseUrl: string): Promise<BaselineServer> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = http.createServer(async (request, response) => {
    try {
      const token = sessionToken(request.headers.cookie ?? '');
      const found = token
        ? await pool.query<{ userId: string }>('select "userId" from session where token = $1 and "expiresAt" > now()', [token])
        : { rows: [] };
      const userId = found.rows[0]?.userId;
      response.writeHead(userId ? 200 : 401, { 'content-type': 'application/json' });
      response.end(JSON.stringify(userId ? { userId } : { error: 'unauthenticated' }));
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

/** better-auth's cookie is `atrium.session_token=<token>.<signature>`, URL-encoded. */
function sessionToken(cookieHeader: string): string | null {
  for (const part of cookieHeader.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'atrium.session_token') return decodeURIComponent(value.join('=')).split('.')[0] ?? null;
  }
  return null;
}
