/**
 * PostgreSQL goes away under a running API (a restart, a failover): the API stays up, says
 * so on /api/health (503, database down) with one line of log, and serves again once the
 * database is back, without being restarted itself. It runs against a PostgreSQL of its own,
 * so that stopping it leaves the shared test stack alone.
 */
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { embeddedUrls, ensureOwnerAndDatabase, migrateDatabase } from '@atrium/db';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@atrium/db/embedded';
import { startProcess, stopProcess, waitForHttp, type Supervised } from '../../../scripts/lib/processes';

const root = path.resolve(import.meta.dirname, '../../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let pgPort: number;
let dataDir: string;
let db: EmbeddedDatabase | undefined;
let api: Supervised;
let apiUrl: string;
let apiLog = '';

const startDatabase = () => startEmbeddedPostgres({ dataDir, port: pgPort, persistent: true });

async function health(): Promise<{ status: number; body: { status: string; database: string } }> {
  const response = await fetch(`${apiUrl}/api/health`);
  return { status: response.status, body: (await response.json()) as { status: string; database: string } };
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await sleep(250);
    value = await read();
  }
  return value;
}

beforeAll(async () => {
  pgPort = await freePort();
  dataDir = path.join(root, '.data', `database-down-${pgPort}`);
  db = await startDatabase();
  const urls = embeddedUrls(pgPort, 'atrium_down');
  await ensureOwnerAndDatabase(db.superuserUrl, urls.ownerUrl);
  await migrateDatabase({ ownerUrl: urls.ownerUrl, appUrl: urls.appUrl });

  const port = await freePort();
  apiUrl = `http://127.0.0.1:${port}`;
  api = startProcess('api', process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', DATABASE_URL: urls.appUrl, TEMPORAL_ADDRESS: inject('temporalAddress'), TEMPORAL_TASK_QUEUE: inject('taskQueue'), PORT: String(port), HOST: '127.0.0.1' },
    quiet: true,
  });
  api.child.stdout!.on('data', (chunk) => (apiLog += chunk));
  api.child.stderr!.on('data', (chunk) => (apiLog += chunk));
  await waitForHttp(`${apiUrl}/api/health`, 90_000);
}, 180_000);

afterAll(async () => {
  if (api) await stopProcess(api, 5_000);
  if (db) await db.stop();
  const { rm } = await import('node:fs/promises');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the API while PostgreSQL is down', () => {
  it('answers 503 "database down" on /api/health and on requests that need it, logs it in a line, and recovers when PostgreSQL is back', async () => {
    // Connections in the pools, idle: the ones a stopped server breaks.
    for (let i = 0; i < 5; i += 1) expect((await health()).status).toBe(200);

    await db!.stop();
    db = undefined;
    const down = await eventually(health, (reply) => reply.status === 503);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'degraded', database: 'down' });
    // Still the same process: a pool's 'error' event no longer takes it down.
    await sleep(1_000);
    expect(api.child.exitCode).toBeNull();
    expect((await health()).status).toBe(503);
    // A request that needs the database is refused with 503 and when to try again, not 500.
    const signIn = await fetch(`${apiUrl}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'a-long-passphrase-7' }),
    });
    expect([signIn.status, signIn.headers.get('retry-after'), ((await signIn.json()) as { error: string }).error]).toEqual([503, '5', 'database_unavailable']);

    db = await startDatabase();
    const up = await eventually(health, (reply) => reply.status === 200);
    expect(up.body).toMatchObject({ status: 'ok', database: 'up' });
    expect(api.child.exitCode).toBeNull();

    // One line per lost connection, never the pg client object.
    const lost = apiLog.split('\n').filter((line) => line.includes('PostgreSQL connection lost'));
    expect(lost.length).toBeGreaterThan(0);
    for (const line of lost) expect(line.length).toBeLessThan(600);
    expect(apiLog).not.toContain('_connectionCallback');
  }, 90_000);
});
