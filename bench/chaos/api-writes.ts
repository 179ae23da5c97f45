import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { buyModules, ensurePlan, ownerSession, type OwnerSession } from '../../scripts/demo/owner';

/**
 * A person adding CRM contacts one after another, through the API, while its processes
 * are killed. Each contact carries a client id of its own (in its email address), so that
 * afterwards every answer can be checked against the table: a 2xx must be there exactly
 * once, a refusal (any other status) must not be there at all. A request whose answer never
 * came (the API killed mid-request), or came as 503 (PostgreSQL lost mid-request, perhaps
 * after its commit), may be either, and is counted as such; it is never there twice.
 */
export async function startApiWrites(apiUrl: string, log: (line: string) => void) {
  const session = await ownerSession(apiUrl, { email: `chaos-${randomUUID().slice(0, 8)}@chaos.example`, password: 'Chaos-Password-2026', name: 'Chaos Owner' }, 'Chaos Writes Co');
  await buyModules(session, ['crm'], log);
  // Growth's 25,000 contacts: on Starter's 1,000, a long run (npm run bench -- chaos 1000)
  // reached the limit before its faults, and every later write was a 402 refusal.
  await ensurePlan(session, 'growth');
  const accepted: string[] = [];
  const refused: Array<{ clientId: string; status: number }> = [];
  const unanswered: string[] = [];
  let lastRefusal = '';
  let running = true;
  const loop = (async () => {
    for (let index = 1; running; index += 1) {
      const clientId = `w${index}-${randomUUID().slice(0, 8)}`;
      try {
        const answer = await write(session, clientId);
        if (answer.status >= 200 && answer.status < 300) accepted.push(clientId);
        else if (answer.status === 503) {
          // The database went away under this request: its commit may have reached PostgreSQL
          // before the connection broke, so it is in doubt like an answer that never came.
          unanswered.push(clientId);
          await new Promise((resolve) => setTimeout(resolve, 100));
        } else {
          refused.push({ clientId, status: answer.status });
          lastRefusal = `${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`;
          // Refused because something behind the API is down: a moment before the next one.
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } catch {
        unanswered.push(clientId);
        // The API is down: try again shortly rather than spin.
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  })();
  return {
    session,
    counts: () => ({ accepted: accepted.length, refused: refused.length, unanswered: unanswered.length, lastRefusal }),
    /** Stops writing and checks every answer against `crm_contact`, read as the owner. */
    async stopAndCheck(ownerUrl: string) {
      running = false;
      await loop;
      const present = await contactsByClientId(ownerUrl, session.companyId);
      const count = (clientId: string) => present.get(clientId) ?? 0;
      return {
        accepted: accepted.length,
        acceptedPresentOnce: accepted.filter((clientId) => count(clientId) === 1).length,
        refused: refused.length,
        refusedAbsent: refused.filter(({ clientId }) => count(clientId) === 0).length,
        refusedStatuses: [...new Set(refused.map(({ status }) => status))].sort(),
        unanswered: unanswered.length,
        unansweredPresent: unanswered.filter((clientId) => count(clientId) > 0).length,
        duplicated: [...present.values()].filter((times) => times > 1).length,
      };
    },
  };
}

async function write(session: OwnerSession, clientId: string): Promise<{ status: number; body: unknown }> {
  return session.client.request('POST', `/api/companies/${session.companyId}/modules/crm/contacts`, {
    firstName: 'Chaos',
    lastName: clientId,
    email: `${clientId}@chaos.example`,
  });
}

async function contactsByClientId(ownerUrl: string, companyId: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.system_context', 'chaos: check writes', true)`);
    const { rows } = await client.query<{ email: string; times: number }>(
      `select email, count(*)::int as times from crm_contact where company_id = $1 and email like '%@chaos.example' group by email`,
      [companyId],
    );
    await client.query('commit');
    return new Map(rows.map((row) => [row.email.replace('@chaos.example', ''), row.times]));
  } finally {
    await client.end();
  }
}
