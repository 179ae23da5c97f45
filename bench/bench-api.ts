import path from 'node:path';
import { defaultTaskQueue } from '@atrium/workflows';
import { ensureServersBuilt, serverBundle } from '../scripts/build/servers';
import { assertPortsFree, startProcess, stopProcess, waitForHttp } from '../scripts/lib/processes';
import { serverNodeFlags, serverProcessEnv } from '../scripts/lib/server-flags';
import { benchPorts, type BenchStack } from './bench-stack';

export interface BenchApi {
  /** Without `/api`, e.g. http://127.0.0.1:4253. */
  url: string;
  /** The API's process, for its CPU time. */
  pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * The product's worker and API as `npm start` runs them (the built bundles under plain
 * `node` with npm start's flags, no response checking, the sandbox gateway), against the benchmark's own PostgreSQL and Temporal. Two differences,
 * both so that the figures measure the API and not its surroundings: request logging is
 * off (LOG_LEVEL=warn; at info every request writes a line), and the per-address rate
 * limits are lifted, since every simulated person comes from 127.0.0.1.
 */
export async function startBenchApi(root: string, stack: BenchStack, log: (line: string) => void): Promise<BenchApi> {
  await assertPortsFree([{ port: benchPorts.api, what: 'the benchmark\'s API', variable: 'ATRIUM_BENCH_API_PORT' }]);
  if (await ensureServersBuilt()) log('built build/server (the sources had changed)');
  const env = {
    ...serverProcessEnv,
    ...process.env,
    DATABASE_URL: stack.appUrl,
    TEMPORAL_ADDRESS: stack.temporalAddress,
    TEMPORAL_NAMESPACE: 'default',
    TEMPORAL_TASK_QUEUE: defaultTaskQueue,
    LOG_LEVEL: 'warn',
    ATRIUM_RATE_LIMIT_REQUESTS_PER_ADDRESS: '100000000',
    ATRIUM_RATE_LIMIT_FAILURES_PER_ADDRESS: '100000000',
  };
  const worker = startProcess('worker', process.execPath, [...serverNodeFlags('worker'), serverBundle('worker')], { cwd: root, env, quiet: !process.env.BENCH_WORKER_LOGS });
  // BENCH_API_CPU_PROF=DIR: the API writes a V8 CPU profile there when it stops (profile with
  // bench/api/top-functions.ts), to see where its time goes under the bench's load.
  const profile = process.env.BENCH_API_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(process.env.BENCH_API_CPU_PROF)] : [];
  const api = startProcess('api', process.execPath, [...profile, ...serverNodeFlags('api'), serverBundle('api')], { cwd: root, env: { ...env, PORT: String(benchPorts.api) } });
  const stop = async () => {
    // A profiled API writes its profile as it exits: give it time to, rather than SIGKILL.
    await stopProcess(api, profile.length ? 120_000 : 10_000);
    await stopProcess(worker);
  };
  const url = `http://127.0.0.1:${benchPorts.api}`;
  try {
    await waitForHttp(`${url}/api/health`, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  log(`API on ${url}, worker on task queue ${defaultTaskQueue}`);
  return { url, pid: api.child.pid, stop };
}
