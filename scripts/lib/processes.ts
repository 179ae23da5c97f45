import { spawn, type ChildProcess } from 'node:child_process';

export interface Supervised {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

/**
 * Every child `startProcess` started that has not exited yet: a supervisor interrupted
 * half-way through its start-up stops these too, including one whose start it was still
 * waiting for (a Temporal server not yet listening).
 */
export const liveProcesses = new Set<Supervised>();

/** Starts a child with its output prefixed, so `npm start` reads as one log. */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean; /** Lines as they are, without the name in front (a box the reader copies from). */ raw?: boolean },
): Supervised {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: stopping it stops whatever it started too.
    detached: true,
  });
  const prefix = options.raw ? '' : `[${name}]`.padEnd(11) + ' ';
  const relay = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) => {
    let buffered = '';
    stream?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      if (!options.quiet) for (const line of lines) out.write(`${prefix}${line}\n`);
    });
  };
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  const supervised: Supervised = {
    name,
    child,
    exited: new Promise<number | null>((resolve) => {
      child.once('exit', (code) => {
        liveProcesses.delete(supervised);
        resolve(code);
      });
      // Never spawned (no such binary): 'exit' does not follow 'error'.
      child.once('error', () => {
        liveProcesses.delete(supervised);
        resolve(null);
      });
    }),
  };
  liveProcesses.add(supervised);
  return supervised;
}

/** Sends a signal to a child's whole process group (it is started detached: its own group). */
export function signalGroup(proc: Supervised, signal: NodeJS.Signals): void {
  const pid = proc.child.pid;
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** SIGTERM to the whole group, then SIGKILL if it has not gone after `graceMs`. */
export async function stopProcess(proc: Supervised, graceMs = 10_000): Promise<void> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  if (proc.child.pid === undefined) return;
  signalGroup(proc, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(proc, 'SIGKILL'), graceMs);
  await proc.exited;
  clearTimeout(timer);
}

/** Polls a URL until it answers with one of `statuses`. */
export async function waitForHttp(url: string, timeoutMs: number, statuses = [200]): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (statuses.includes(response.status)) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not become ready within ${timeoutMs} ms (last: ${last})`);
}

/** Polls a TCP port until something accepts connections on it. */
export async function waitForPort(host: string, port: number, timeoutMs: number): Promise<void> {
  const { connect } = await import('node:net');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect({ host, port }, () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${host}:${port} did not open within ${timeoutMs} ms`);
}

/** Refuses to start over something already listening, naming what to change instead. */
export async function assertPortsFree(ports: Array<{ port: number; what: string; variable: string }>): Promise<void> {
  const { createServer } = await import('node:net');
  const busy: string[] = [];
  for (const { port, what, variable } of ports) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer()
        .once('error', () => resolve(false))
        .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (!free) busy.push(`port ${port} for ${what} is in use (another npm start? stop it, or set ${variable})`);
  }
  if (busy.length) throw new Error(busy.join('; '));
}
