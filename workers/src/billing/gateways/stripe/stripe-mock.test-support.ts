import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * stripe-mock (github.com/stripe/stripe-mock) is Stripe's own stateless mock: it checks
 * each request against Stripe's OpenAPI spec and answers with fixture objects. It is a Go
 * program, installed from the Go module proxy into the git-ignored `.tools/`. v0.203.0 is
 * the first served version whose spec knows `allowed_payment_method_types`, which
 * stripe-node 23 sends instead of the removed `payment_method_types`.
 */
export const stripeMockVersion = 'v0.203.0';
export const stripeMockInstallCommand = `GOFLAGS=-mod=mod GOBIN="$PWD/.tools/go/bin" go install github.com/stripe/stripe-mock@${stripeMockVersion}`;

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
export const stripeMockPath = `${repoRoot}.tools/go/bin/stripe-mock`;

export interface StripeMock {
  host: string;
  port: number;
  stop(): Promise<void>;
}

const missing = () =>
  new Error(`stripe-mock is not installed at ${stripeMockPath}. From the repository root, run:\n  ${stripeMockInstallCommand}`);

/** Starts stripe-mock on a port the system picks, and resolves once it answers. */
export async function startStripeMock(): Promise<StripeMock> {
  if (!existsSync(stripeMockPath)) throw missing();
  // `-https-addr` too: stripe-mock otherwise also opens HTTPS on the fixed port 12112,
  // which collides when two test runs share a machine.
  const child = spawn(stripeMockPath, ['-http-addr', '127.0.0.1:', '-https-addr', '127.0.0.1:'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await listeningPort(child);
  const mock: StripeMock = { host: '127.0.0.1', port, stop: () => stop(child) };
  try {
    await checkSpecIsRecentEnough(mock);
  } catch (error) {
    await mock.stop();
    throw error;
  }
  return mock;
}

/** stripe-mock prints `Listening for HTTP at address: 127.0.0.1:PORT` once it accepts requests. */
function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`stripe-mock did not start within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening for HTTP at address: \S*:(\d+)/.exec(output);
      if (match) done(() => resolve(Number(match[1])));
    };
    const onExit = (code: number | null) => fail(new Error(`stripe-mock exited (code ${code}) before listening:\n${output}`));
    const fail = (error: Error) => done(() => reject(error));
    function done(settle: () => void) {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      child.off('error', fail);
      // Keep draining so a chatty mock never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
      settle();
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', fail);
  });
}

/** An older binary left in `.tools/` would fail every SetupIntent test with a cryptic 400: say so instead. */
async function checkSpecIsRecentEnough({ host, port }: StripeMock): Promise<void> {
  const response = await fetch(`http://${host}:${port}/v1/setup_intents`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_test_probe', 'content-type': 'application/x-www-form-urlencoded' },
    body: 'allowed_payment_method_types[]=card',
  });
  if (!response.ok) {
    throw new Error(
      `The stripe-mock at ${stripeMockPath} predates stripe-node 23's request shapes (${response.status}: ${await response.text()}). ` +
        `Reinstall it:\n  ${stripeMockInstallCommand}`,
    );
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
