import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * stripe-mock, Stripe's stateless API mock, is a Go program; the Stripe adapter's tests run
 * against it. It is built from the Go module proxy into the git-ignored `.tools/go/bin`.
 * Keep the version in step with workers/src/billing/gateways/stripe/stripe-mock.test-support.ts.
 */
const stripeMockModule = 'github.com/stripe/stripe-mock@v0.203.0';

export function ensureStripeMock(root: string, log: (line: string) => void): void {
  const binDir = path.join(root, '.tools', 'go', 'bin');
  if (existsSync(path.join(binDir, 'stripe-mock'))) return;
  const go = ['go', '/usr/local/go/bin/go'].find((candidate) => spawnSync(candidate, ['version']).status === 0);
  if (!go) {
    log('stripe-mock is missing and there is no Go toolchain: the Stripe adapter tests will say how to install it.');
    return;
  }
  log(`building ${stripeMockModule} into .tools/go/bin …`);
  const built = spawnSync(go, ['install', stripeMockModule], {
    stdio: 'inherit',
    env: { ...process.env, GOBIN: binDir, GOFLAGS: '-mod=mod' },
  });
  if (built.status !== 0) log('could not build stripe-mock; the Stripe adapter tests will fail with the install command.');
}
