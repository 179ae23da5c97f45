import { spawn, type ChildProcess } from 'node:child_process';

export interface Supervised {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

/** Starts a child with its output prefixed, so `npm start` reads as one log. */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean },
): Supervised {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: stopping it stops whatever it started too.
    detached: true,
  });
  const prefix = `[${name}]`.padEnd(11);
  const relay = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) => {
    let buffered = '';
    stream?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      if (!options.quiet) for (const line of lines) out.write(`${prefix} ${line}\n`);
    });
  };
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, child, exited };
}

/** SIGTERM to the whole group, then SIGKILL if it has not gone after `graceMs`. */
export async function stopProcess(proc: Supervised, graceMs = 10_000): Promise<void> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  const pid = proc.child.pid;
  if (pid === undefined) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
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
