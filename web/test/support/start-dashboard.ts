import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildDir, ensureDashboardBuilt, nodeBinary } from './build-dashboard';

export interface Dashboard {
  /** e.g. http://127.0.0.1:41234 — what the browser opens. */
  url: string;
  port: number;
  /** Everything the server printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartDashboardOptions {
  /** The Atrium API the dashboard forwards to (API_URL). */
  apiUrl: string;
  /** Defaults to a free port on 127.0.0.1. */
  port?: number;
  /** Extra environment for the server process. */
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

/**
 * Builds the dashboard when its build is stale and runs it the way production does,
 * `node web/build/index.js`, on a free port, in front of the given API.
 */
export async function startDashboard(options: StartDashboardOptions): Promise<Dashboard> {
  await ensureDashboardBuilt();

  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(nodeBinary(), [path.join(buildDir, 'index.js')], {
    cwd: path.dirname(buildDir),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      API_URL: options.apiUrl,
      // adapter-node waits this many seconds for open connections when told to stop.
      SHUTDOWN_TIMEOUT: '1',
      // adapter-node refuses bodies over 512K by default; a ticket's three 5 MB attachments (plus the form's
      // multipart envelope), as with `npm start` and docker.
      BODY_SIZE_LIMIT: '16M',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));

  const dashboard: Dashboard = {
    url,
    port,
    output: () => output,
    stop: () => stopProcess(child),
  };

  try {
    await waitUntilServing(child, `${url}/login`, options.startTimeoutMs ?? 30_000, () => output);
  } catch (failure) {
    await dashboard.stop();
    throw failure;
  }
  return dashboard;
}

async function waitUntilServing(
  child: ChildProcess,
  probe: string,
  timeoutMs: number,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The dashboard exited before serving (${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    try {
      const response = await fetch(probe, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(150);
  }
  throw new Error(`The dashboard did not answer ${probe} within ${timeoutMs} ms:\n${output()}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
  if (!stopped) {
    child.kill('SIGKILL');
    await exited;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('No free port'))));
    });
  });
}
