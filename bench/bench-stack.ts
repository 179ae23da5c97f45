import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { embeddedUrls, ensureOwnerAndDatabase, migrateDatabase } from '@atrium/db';
import { startEmbeddedPostgres } from '@atrium/db/embedded';
import { atriumSearchAttributes } from '@atrium/workflows';
import { assertPortsFree, waitForPort } from '../scripts/lib/processes';
import { findTemporalBinary } from '../scripts/lib/temporal-cli';
import { startTemporalDevServer, type TemporalDevServer } from '../scripts/lib/temporal-server';

/** Ports of its own, so the benchmark runs beside `npm start` (54329/7233) and `npm test` (54339/7243). */
export const benchPorts = {
  postgres: Number(process.env.ATRIUM_BENCH_PG_PORT ?? 54349),
  temporal: Number(process.env.ATRIUM_BENCH_TEMPORAL_PORT ?? 7253),
  temporalUi: Number(process.env.ATRIUM_BENCH_TEMPORAL_UI_PORT ?? 8253),
  /** Only benchmarks that go through HTTP start an API (bench-api.ts). */
  api: Number(process.env.ATRIUM_BENCH_API_PORT ?? 4253),
};

export interface BenchStack {
  ownerUrl: string;
  appUrl: string;
  temporalAddress: string;
  temporalSource: string;
  /** The dev server's process, for its CPU time; unknown when the SDK started it. */
  temporalPid: number | undefined;
  /** PostgreSQL's postmaster, for the CPU time of it and its backends. */
  postgresPid: number | undefined;
  /** With BENCH_PG_STATEMENTS set: what PostgreSQL spent planning and running each statement since the stack began. */
  statementTimes?: () => Promise<StatementTime[]>;
  stop(): Promise<void>;
}

export interface StatementTime {
  calls: number;
  planMs: number;
  runMs: number;
  query: string;
}

/**
 * A fresh embedded PostgreSQL (migrated) and a Temporal dev server with Atrium's search
 * attributes, both under `.data/bench`, thrown away on every run so that each measurement
 * starts from empty tables and an empty history.
 */
export async function startBenchStack(root: string, log: (line: string) => void): Promise<BenchStack> {
  const dataDir = path.join(root, '.data', 'bench');
  await stopLeftovers(dataDir, log);
  await assertPortsFree([
    { port: benchPorts.postgres, what: 'the benchmark\'s PostgreSQL', variable: 'ATRIUM_BENCH_PG_PORT' },
    { port: benchPorts.temporal, what: 'the benchmark\'s Temporal', variable: 'ATRIUM_BENCH_TEMPORAL_PORT' },
    { port: benchPorts.temporalUi, what: 'the benchmark\'s Temporal UI', variable: 'ATRIUM_BENCH_TEMPORAL_UI_PORT' },
  ]);
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });

  // Last of all, the history and the tables go: a 10,000 run leaves hundreds of megabytes.
  const stops: Array<() => Promise<void>> = [() => rm(dataDir, { recursive: true, force: true })];
  const stop = async () => {
    // Temporal first, PostgreSQL last; each step runs even if the one before failed.
    for (const step of stops.splice(0).reverse()) await step().catch((error) => log(`teardown: ${error}`));
  };
  try {
    const pgDir = path.join(dataDir, 'pg');
    // BENCH_PG_STATEMENTS: pg_stat_statements with planning tracked, to see which SQL costs.
    const statements = Boolean(process.env.BENCH_PG_STATEMENTS);
    const settings = statements ? { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track_planning': 'on', 'pg_stat_statements.track': 'all' } : undefined;
    const db = await startEmbeddedPostgres({ dataDir: pgDir, port: benchPorts.postgres, persistent: false, ...(settings ? { settings } : {}) });
    stops.push(db.stop);
    const urls = embeddedUrls(benchPorts.postgres, 'atrium_bench');
    await ensureOwnerAndDatabase(db.superuserUrl, urls.ownerUrl);
    await migrateDatabase({ ownerUrl: urls.ownerUrl, appUrl: urls.appUrl });

    const temporalOptions = { root, dbFile: path.join(dataDir, 'temporal.sqlite'), port: benchPorts.temporal, uiPort: benchPorts.temporalUi, log };
    const temporal: TemporalDevServer & { pid?: number } =
      process.env.BENCH_TEMPORAL_JOURNAL === 'rollback'
        ? await startTemporalDevServer(temporalOptions)
        : await startTemporalDevServerWithWal(temporalOptions);
    stops.push(temporal.stop);
    return {
      ...urls,
      temporalAddress: temporal.address,
      temporalSource: temporal.source,
      temporalPid: temporal.pid,
      postgresPid: await postmasterPid(pgDir),
      ...(statements ? { statementTimes: await statementTimesOf(db.superuserUrl.replace(/\/postgres$/, `/${new URL(urls.appUrl).pathname.slice(1)}`)) } : {}),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * `npm start`'s dev server (scripts/lib/temporal-server.ts), with its SQLite file in WAL
 * mode. In the default rollback-journal mode every write transaction fsyncs and deletes a
 * journal while the server's connections queue for the file lock; that alone held a
 * workflow of six empty activities to about 7 per second here, against about 26 with WAL
 * (the same as an in-memory server), so the benchmark would measure SQLite's journal rather
 * than Atrium. BENCH_TEMPORAL_JOURNAL=rollback runs `npm start`'s server unchanged.
 */
async function startTemporalDevServerWithWal(
  options: Parameters<typeof startTemporalDevServer>[0],
): Promise<TemporalDevServer & { pid?: number }> {
  const binary = findTemporalBinary(options.root, 'temporal', options.log);
  // Without a CLI binary the helper's SDK download is the only way; it takes no pragmas.
  if (!binary) return startTemporalDevServer(options);
  const server = spawn(
    binary.path,
    [
      'server', 'start-dev',
      '--db-filename', path.resolve(options.dbFile),
      '--sqlite-pragma', 'journal_mode=wal',
      '--ip', '127.0.0.1',
      '--port', String(options.port),
      '--ui-port', String(options.uiPort),
      '--log-level', 'error',
      ...atriumSearchAttributes.flatMap((key) => ['--search-attribute', `${key.name}=Keyword`]),
    ],
    // Unlike `npm start`'s, not in a process group of its own: a Ctrl-C in the terminal stops
    // it as it stops PostgreSQL, even when tsx kills this process before it can clean up.
    // Silent: its banner and goodbye warnings would land in the middle of the figures.
    { cwd: options.root, env: process.env, stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  if (server.pid !== undefined) await writeFile(path.join(path.dirname(options.dbFile), 'temporal.pid'), `${server.pid}\n`);
  await Promise.race([
    waitForPort('127.0.0.1', options.port, 60_000),
    exited.then(() => {
      throw new Error(`the Temporal dev server exited with code ${server.exitCode} before it was ready`);
    }),
  ]);
  return {
    address: `127.0.0.1:${options.port}`,
    uiUrl: `http://localhost:${options.uiPort}`,
    source: `${binary.path} (${binary.source}), SQLite in WAL mode`,
    pid: server.pid,
    async stop() {
      if (server.exitCode !== null || server.signalCode !== null) return;
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * A run killed before it could clean up (tsx sends SIGKILL when a busy process is slow to
 * acknowledge Ctrl-C) can leave its servers behind on the benchmark's ports. They are ours
 * if their command line names this data directory; they are stopped before starting anew.
 */
async function stopLeftovers(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFiles = [path.join(dataDir, 'temporal.pid'), path.join(dataDir, 'pg', 'postmaster.pid')];
  for (const pidFile of pidFiles) {
    const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]);
    if (!Number.isSafeInteger(pid) || pid <= 0) continue;
    const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (!commandLine.includes(dataDir)) continue;
    log(`stopping process ${pid}, left running by an earlier benchmark run`);
    // SIGINT is PostgreSQL's fast shutdown and stops Temporal as well.
    process.kill(pid, 'SIGINT');
    for (let waited = 0; waited < 15_000 && existsSync(`/proc/${pid}`); waited += 250) await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first line of `postmaster.pid` in the data directory. */
async function postmasterPid(pgDir: string): Promise<number | undefined> {
  const pid = Number((await readFile(path.join(pgDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0]);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

/** pg_stat_statements in the benchmark's database: statements called at least 100 times, costliest first. */
async function statementTimesOf(superuserDatabaseUrl: string): Promise<() => Promise<StatementTime[]>> {
  const client = new pg.Client({ connectionString: superuserDatabaseUrl });
  await client.connect();
  await client.query('create extension if not exists pg_stat_statements');
  await client.end();
  return async () => {
    const reader = new pg.Client({ connectionString: superuserDatabaseUrl });
    await reader.connect();
    try {
      const { rows } = await reader.query<{ calls: string; plan_ms: number; run_ms: number; query: string }>(
        `select calls, total_plan_time / calls as plan_ms, total_exec_time / calls as run_ms, regexp_replace(query, '\\s+', ' ', 'g') as query
           from pg_stat_statements where calls >= 100 order by total_plan_time + total_exec_time desc limit 25`,
      );
      return rows.map((row) => ({ calls: Number(row.calls), planMs: row.plan_ms, runMs: row.run_ms, query: row.query }));
    } finally {
      await reader.end();
    }
  };
}
