/**
 * `npm start`: PostgreSQL, Temporal, the worker, the API, the Support desk's mail listener and
 * the dashboard in the foreground, with embedded defaults; Ctrl-C or SIGTERM stops every one
 * of them, at any moment, within 10 s. It serves built code: the servers as bundles run by
 * plain `node` and the dashboard's adapter-node build, each built once and again only when
 * its sources change. `npm run dev` (`--dev`) runs the sources instead, through tsx and
 * Vite's dev server, with hot reload.
 * Set DATABASE_URL / TEMPORAL_ADDRESS to use servers you already run instead.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
// Single files rather than @atrium/db's index: the supervisor never loads MikroORM (the
// migrations and the operator's seeding run as child processes), so it stays small.
import { embeddedDefaults, embeddedUrls } from '../db/src/defaults';
import { ensureOwnerAndDatabase } from '../db/src/roles';
import { startEmbeddedPostgres } from '@atrium/db/embedded';
import { buildDir as dashboardBuildDir, ensureDashboardBuilt } from './build/dashboard';
import { ensureServersBuilt, serverBundle, serverEntryPoints as serverSources, type ServerName } from './build/servers';
import { assertPortsFree, liveProcesses, signalGroup, startProcess, stopProcess, waitForHttp, type Supervised } from './lib/processes';
import { repoRootFrom } from './lib/repo-root';
import { embeddedPostgresSettings, serverNodeFlags, serverProcessEnv } from './lib/server-flags';
import { startTemporalDevServer } from './lib/temporal-server';

const root = repoRootFrom(import.meta.url);
const dev = process.argv.includes('--dev');
const env = process.env;
// Another directory for a second stack beside the first (the start-script tests, the memory bench).
const dataDir = path.resolve(root, env.ATRIUM_DATA_DIR ?? '.data');
const log = (line: string) => console.log(`[atrium]    ${line}`);
const apiPort = Number(env.PORT ?? 4000);
const webPort = Number(env.WEB_PORT ?? 3000);
const pgPort = Number(env.ATRIUM_PG_PORT ?? embeddedDefaults.port);
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

/** Everything stops within this, whatever it was doing: what has not stopped by then is killed. */
const stopDeadlineMs = 9_000;
const stops: Array<{ name: string; stop: () => Promise<void>; kill?: () => void }> = [];
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log('stopping…');
    const deadline = setTimeout(killEverything, stopDeadlineMs);
    // Reverse order: the dashboard and the API go before the servers they talk to. Each is
    // given a share of the time left, so that a slow one cannot eat PostgreSQL's.
    for (const { name, stop } of [...stops].reverse()) {
      await stop().catch((error) => log(`${name} did not stop cleanly: ${(error as Error).message}`));
    }
    // Children whose start-up we were still waiting for when interrupted (not in `stops` yet).
    await Promise.all([...liveProcesses].map((proc) => stopProcess(proc, 3_000)));
    clearTimeout(deadline);
    log('stopped.');
  }
  process.exit(code);
}

function killEverything(): void {
  log(`not stopped after ${stopDeadlineMs / 1000} s: killing what is left`);
  for (const proc of liveProcesses) signalGroup(proc, 'SIGKILL');
  for (const { kill } of stops) kill?.();
  process.exit(1);
}

// `on`, not `once`: a second Ctrl-C while stopping must not kill us half-way.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));
// Run under a wrapper that died without passing a signal on: stop rather than linger.
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid) void shutdown(0);
}, 1000).unref();

function supervise(proc: Supervised): Supervised {
  stops.push({ name: proc.name, stop: () => stopProcess(proc, 5_000) });
  void proc.exited.then((code) => {
    if (!stopping) {
      log(`${proc.name} exited unexpectedly (code ${code}); stopping everything.`);
      void shutdown(1);
    }
  });
  return proc;
}

/** Waits for `step` unless a stop was asked for meanwhile: then it never resolves, and shutdown exits. */
async function unlessStopping<T>(step: Promise<T>): Promise<T> {
  const value = await step;
  if (stopping) await new Promise(() => {});
  return value;
}

// Built: `node build/server/<name>.js`, with the memory flags measured by `npm run bench -- memory`.
// Dev: the same entry points' sources through tsx.
const server = (name: ServerName): [string, string[]] =>
  dev ? [process.execPath, ['--import', 'tsx', serverSources[name]]] : [process.execPath, [...serverNodeFlags(name), serverBundle(name)]];

/** A one-shot step in a child process (stopped with everything else if interrupted); resolves to its exit code. */
async function runStep(name: ServerName, stepEnv: NodeJS.ProcessEnv): Promise<number | null> {
  return unlessStopping(startProcess(name, ...server(name), { cwd: root, env: stepEnv, raw: true }).exited);
}

try {
  await mkdir(dataDir, { recursive: true });
  await assertPortsFree([
    ...(env.DATABASE_URL ? [] : [{ port: pgPort, what: 'PostgreSQL', variable: 'ATRIUM_PG_PORT' }]),
    ...(env.TEMPORAL_ADDRESS ? [] : [
      { port: temporalPort, what: 'Temporal', variable: 'TEMPORAL_PORT' },
      { port: temporalUiPort, what: 'the Temporal UI', variable: 'TEMPORAL_UI_PORT' },
    ]),
    { port: apiPort, what: 'the API', variable: 'PORT' },
    { port: webPort, what: 'the dashboard', variable: 'WEB_PORT' },
    { port: supportSmtpPort, what: 'the Support desk mail listener', variable: 'ATRIUM_SUPPORT_SMTP_PORT' },
  ]);

  // Built code first: a build that fails stops us before anything has started.
  if (!dev) {
    log('building the servers and the dashboard when their sources changed…');
    const [servers, dashboard] = await unlessStopping(Promise.all([ensureServersBuilt(), ensureDashboardBuilt()]));
    log(`${servers ? 'built' : 'up to date'}: build/server; ${dashboard ? 'built' : 'up to date'}: web/build`);
  }

  // PostgreSQL: an existing server when DATABASE_URL is set, else the embedded one.
  let databaseUrl = env.DATABASE_URL;
  let ownerUrl = env.DATABASE_OWNER_URL;
  if (!databaseUrl) {
    const starting = startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: pgPort, persistent: true, settings: embeddedPostgresSettings });
    // Registered before it is up: interrupted while it starts, shutdown waits for it and stops it.
    let pid: number | undefined;
    stops.push({
      name: 'postgres',
      stop: async () => (await starting.catch(() => undefined))?.stop(),
      kill: () => pid && process.kill(pid, 'SIGKILL'),
    });
    const db = await unlessStopping(starting);
    pid = db.pid;
    const urls = embeddedUrls(pgPort);
    await unlessStopping(ensureOwnerAndDatabase(db.superuserUrl, urls.ownerUrl));
    databaseUrl = urls.appUrl;
    ownerUrl = urls.ownerUrl;
    log(`PostgreSQL (embedded) on 127.0.0.1:${pgPort}, data in ${path.relative(root, path.join(dataDir, 'pg'))}`);
  } else {
    log('PostgreSQL from DATABASE_URL');
  }
  if (ownerUrl) {
    const code = await runStep('migrate', { ...env, DATABASE_OWNER_URL: ownerUrl, DATABASE_URL: databaseUrl });
    if (code !== 0) throw new Error(`the migrations failed (exit ${code})`);
  } else {
    log('DATABASE_OWNER_URL not set: skipping migrations');
  }

  // Temporal: an existing cluster when TEMPORAL_ADDRESS is set, else the dev server.
  let temporalAddress = env.TEMPORAL_ADDRESS;
  let temporalUi = env.TEMPORAL_UI_URL ?? '(your cluster\'s UI)';
  if (!temporalAddress) {
    const temporal = await unlessStopping(
      startTemporalDevServer({ root, dbFile: path.join(dataDir, 'temporal.sqlite'), port: temporalPort, uiPort: temporalUiPort, log }),
    );
    stops.push({ name: 'temporal', stop: temporal.stop });
    temporalAddress = temporal.address;
    temporalUi = temporal.uiUrl;
    log(`Temporal dev server on ${temporal.address} using ${temporal.source}`);
  }

  // The local install keeps mail in its outbox (read at /dev/outbox) unless SMTP_URL is set.
  const appEnv = { ATRIUM_DEV_OUTBOX: 'true', ...serverProcessEnv, ...env, HOST: host, DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress };
  supervise(startProcess('worker', ...server('worker'), { cwd: root, env: appEnv }));

  // The operator console links a company's workflows into this Temporal UI.
  const temporalUiEnv = temporalUi.startsWith('http') ? { TEMPORAL_UI_URL: temporalUi } : {};
  supervise(startProcess('api', ...server('api'), { cwd: root, env: { ...appEnv, ...temporalUiEnv, PORT: String(apiPort) } }));
  await unlessStopping(waitForHttp(`http://${probeHost}:${apiPort}/api/health`, 90_000));

  supervise(startProcess('support-mail', ...server('support-mail'), { cwd: root, env: { ...appEnv, ATRIUM_SUPPORT_SMTP_PORT: String(supportSmtpPort) } }));

  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${webPort}`;
  const webEnv = { ...serverProcessEnv, ...env, API_URL: `http://${probeHost}:${apiPort}`, PUBLIC_URL: publicUrl, BODY_SIZE_LIMIT: '16M' };
  if (dev) {
    supervise(
      startProcess('web', process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'dev', '--port', String(webPort), '--strictPort', '--host', host], {
        cwd: path.join(root, 'web'),
        env: webEnv,
      }),
    );
  } else {
    // adapter-node reads HOST and PORT; SHUTDOWN_TIMEOUT bounds how long open connections
    // (the shell's event streams) keep it from stopping.
    supervise(
      startProcess('web', process.execPath, [...serverNodeFlags('web'), path.join(dashboardBuildDir, 'index.js')], {
        cwd: path.join(root, 'web'),
        env: { ...webEnv, NODE_ENV: 'production', HOST: host, PORT: String(webPort), SHUTDOWN_TIMEOUT: '2' },
      }),
    );
  }
  await unlessStopping(waitForHttp(`http://${probeHost}:${webPort}/login`, 120_000));
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    log(`listening on ${host}: reachable from other machines; the dev mail outbox is off`);
  }

  // The local install's operator (the console at /operator): its one-time password is
  // printed until it has signed in once.
  const operatorEmail = env.ATRIUM_SEED_OPERATOR_EMAIL || 'operator@atrium.localhost';
  const seeded = await runStep('seed-operator', { ...env, DATABASE_URL: databaseUrl, PUBLIC_URL: publicUrl, ATRIUM_SEED_OPERATOR_EMAIL: operatorEmail });
  const operatorLine =
    seeded === 0 || seeded === 3
      ? `${publicUrl}/operator/login (${operatorEmail}${seeded === 0 ? ', one-time password above' : ''})`
      : `could not seed the operator (exit ${seeded}, see above)`;

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
  Atrium is running (${dev ? 'development: sources with hot reload' : 'built code'}, ready in ${seconds} s). Ctrl-C stops everything.

    Dashboard     ${publicUrl}
    API           http://localhost:${apiPort}/api   (health: /api/health, OpenAPI: /api/openapi.json)
    Support mail  smtp://localhost:${supportSmtpPort}   (mail to {company-slug}@support.localhost becomes a ticket)
    Temporal UI   ${temporalUi}
    Temporal      ${temporalAddress}
    PostgreSQL    ${databaseUrl.replace(/:[^:@/]+@/, ':***@')}
    Operators     ${operatorLine}
`);
} catch (error) {
  if (!stopping) {
    console.error(`[atrium]    could not start: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}
