/**
 * `npm start`: PostgreSQL, Temporal, the worker, the API and the dashboard in the
 * foreground, with embedded defaults; Ctrl-C or SIGTERM stops every one of them.
 * Set DATABASE_URL / TEMPORAL_ADDRESS to use servers you already run instead.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { embeddedDefaults, embeddedUrls, ensureOwnerAndDatabase, migrateDatabase, MikroORM, operatorSecret, ormConfig, seedOperator } from '@atrium/db';
import { printOperatorCredentials } from './lib/operator-credentials';
import { startEmbeddedPostgres } from '@atrium/db/embedded';
import { assertPortsFree, startProcess, stopProcess, waitForHttp, type Supervised } from './lib/processes';
import { startTemporalDevServer } from './lib/temporal-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, '.data');
const log = (line: string) => console.log(`[atrium]    ${line}`);
const env = process.env;
const apiPort = Number(env.PORT ?? 4000);
const webPort = Number(env.WEB_PORT ?? 3000);
// The API and the dashboard listen on this machine only unless HOST says otherwise
// (HOST=0.0.0.0 for every interface); the dev mail outbox is off beyond loopback.
const host = env.HOST || '127.0.0.1';
// Where this script itself reaches them: a wildcard address answers on loopback too.
const probeHost = ['0.0.0.0', '::', '[::]'].includes(host) ? '127.0.0.1' : host.includes(':') ? `[${host.replace(/^\[|\]$/g, '')}]` : host;
const temporalPort = Number(env.TEMPORAL_PORT ?? 7233);
// Support desk's inbound mail: `{company-slug}@support.localhost` over SMTP on this port.
const supportSmtpPort = Number(env.ATRIUM_SUPPORT_SMTP_PORT ?? 2525);
const temporalUiPort = Number(env.TEMPORAL_UI_PORT ?? 8233);
const started = Date.now();

const stops: Array<{ name: string; stop: () => Promise<void> }> = [];
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log('stopping…');
    // Reverse order: the dashboard and the API go before the servers they talk to.
    for (const { name, stop } of stops.reverse()) {
      await stop().catch((error) => log(`${name} did not stop cleanly: ${(error as Error).message}`));
    }
    log('stopped.');
  }
  process.exit(code);
}
// `on`, not `once`: a second Ctrl-C while stopping must not kill us half-way.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));
// Run under a wrapper that died without passing a signal on: stop rather than linger.
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid) void shutdown(0);
}, 1000).unref();

function supervise(proc: Supervised): Supervised {
  stops.push({ name: proc.name, stop: () => stopProcess(proc) });
  void proc.exited.then((code) => {
    if (!stopping) {
      log(`${proc.name} exited unexpectedly (code ${code}); stopping everything.`);
      void shutdown(1);
    }
  });
  return proc;
}

try {
  await mkdir(dataDir, { recursive: true });
  await assertPortsFree([
    ...(env.DATABASE_URL ? [] : [{ port: embeddedDefaults.port, what: 'PostgreSQL', variable: 'DATABASE_URL' }]),
    ...(env.TEMPORAL_ADDRESS ? [] : [
      { port: temporalPort, what: 'Temporal', variable: 'TEMPORAL_ADDRESS' },
      { port: temporalUiPort, what: 'the Temporal UI', variable: 'TEMPORAL_UI_PORT' },
    ]),
    { port: apiPort, what: 'the API', variable: 'PORT' },
    { port: webPort, what: 'the dashboard', variable: 'WEB_PORT' },
    { port: supportSmtpPort, what: 'the Support desk mail listener', variable: 'ATRIUM_SUPPORT_SMTP_PORT' },
  ]);

  // PostgreSQL: an existing server when DATABASE_URL is set, else the embedded one.
  let databaseUrl = env.DATABASE_URL;
  let ownerUrl = env.DATABASE_OWNER_URL;
  if (!databaseUrl) {
    const db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: embeddedDefaults.port, persistent: true });
    stops.push({ name: 'postgres', stop: db.stop });
    const urls = embeddedUrls(embeddedDefaults.port);
    await ensureOwnerAndDatabase(db.superuserUrl, urls.ownerUrl);
    databaseUrl = urls.appUrl;
    ownerUrl = urls.ownerUrl;
    log(`PostgreSQL (embedded) on 127.0.0.1:${embeddedDefaults.port}, data in .data/pg`);
  } else {
    log('PostgreSQL from DATABASE_URL');
  }
  if (ownerUrl) {
    const applied = await migrateDatabase({ ownerUrl, appUrl: databaseUrl });
    log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
  } else {
    log('DATABASE_OWNER_URL not set: skipping migrations');
  }

  // Temporal: an existing cluster when TEMPORAL_ADDRESS is set, else the dev server.
  let temporalAddress = env.TEMPORAL_ADDRESS;
  let temporalUi = env.TEMPORAL_UI_URL ?? '(your cluster\'s UI)';
  if (!temporalAddress) {
    const temporal = await startTemporalDevServer({
      root,
      dbFile: path.join(dataDir, 'temporal.sqlite'),
      port: temporalPort,
      uiPort: temporalUiPort,
      log,
    });
    stops.push({ name: 'temporal', stop: temporal.stop });
    temporalAddress = temporal.address;
    temporalUi = temporal.uiUrl;
    log(`Temporal dev server on ${temporal.address} using ${temporal.source}`);
  }

  // The local install keeps mail in its outbox (read at /dev/outbox) unless SMTP_URL is set.
  const appEnv = { ATRIUM_DEV_OUTBOX: 'true', ...env, HOST: host, DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress };
  const tsx = (file: string) => [process.execPath, ['--import', 'tsx', file]] as const;

  const [workerCmd, workerArgs] = tsx('workers/src/main.ts');
  supervise(startProcess('worker', workerCmd, [...workerArgs], { cwd: root, env: appEnv }));

  const [apiCmd, apiArgs] = tsx('api/src/main.ts');
  // The operator console links a company's workflows into this Temporal UI.
  const temporalUiEnv = temporalUi.startsWith('http') ? { TEMPORAL_UI_URL: temporalUi } : {};
  supervise(startProcess('api', apiCmd, [...apiArgs], { cwd: root, env: { ...appEnv, ...temporalUiEnv, PORT: String(apiPort) } }));
  await waitForHttp(`http://${probeHost}:${apiPort}/api/health`, 60_000);

  const [mailCmd, mailArgs] = tsx('api/src/support-mail-main.ts');
  supervise(startProcess('support-mail', mailCmd, [...mailArgs], { cwd: root, env: { ...appEnv, ATRIUM_SUPPORT_SMTP_PORT: String(supportSmtpPort) } }));

  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${webPort}`;
  supervise(
    startProcess('web', process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'dev', '--port', String(webPort), '--strictPort', '--host', host], {
      cwd: path.join(root, 'web'),
      env: { ...env, API_URL: `http://${probeHost}:${apiPort}`, PUBLIC_URL: publicUrl, BODY_SIZE_LIMIT: '16M' },
    }),
  );
  await waitForHttp(`http://${probeHost}:${webPort}/login`, 120_000);
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    log(`listening on ${host}: reachable from other machines; the dev mail outbox is off`);
  }

  const operatorLine = await seedConsoleOperator(databaseUrl, publicUrl);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
  Atrium is running (ready in ${seconds} s). Ctrl-C stops everything.

    Dashboard     ${publicUrl}
    API           http://localhost:${apiPort}/api   (health: /api/health, OpenAPI: /api/openapi.json)
    Support mail  smtp://localhost:${supportSmtpPort}   (mail to {company-slug}@support.localhost becomes a ticket)
    Temporal UI   ${temporalUi}
    Temporal      ${temporalAddress}
    PostgreSQL    ${databaseUrl.replace(/:[^:@/]+@/, ':***@')}
    Operators     ${operatorLine}
`);
} catch (error) {
  console.error(`[atrium]    could not start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}

/**
 * The local install's operator (the console at /operator): created on the first start with
 * a one-time password printed here; until it has signed in, each start prints a fresh one.
 */
async function seedConsoleOperator(databaseUrl: string, publicUrl: string): Promise<string> {
  const email = env.ATRIUM_SEED_OPERATOR_EMAIL || 'operator@atrium.localhost';
  const orm = await MikroORM.init(ormConfig(databaseUrl, { pool: { min: 0, max: 1 } }));
  try {
    const seeded = await seedOperator(orm, { email, secret: operatorSecret(env.ATRIUM_OPERATOR_SECRET, { production: env.NODE_ENV === 'production' }) });
    if (seeded.status !== 'enrolled') printOperatorCredentials(seeded.credentials, publicUrl);
    return `${publicUrl}/operator/login (${email}${seeded.status === 'enrolled' ? '' : ', one-time password above'})`;
  } catch (error) {
    return `could not seed the operator: ${(error as Error).message}`;
  } finally {
    await orm.close(true);
  }
}
