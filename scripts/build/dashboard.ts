import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRootFrom } from '../lib/repo-root';
import { ensureBuilt } from './fingerprint';

/**
 * The dashboard's production build (web/build, what `npm run build -w @atrium/web` makes and
 * `node web/build/index.js` serves): built by `npm start` and by the browser tests, once,
 * and again only when its sources changed.
 */
export const repoRoot = repoRootFrom(import.meta.url);
export const webRoot = path.join(repoRoot, 'web');
export const buildDir = path.join(webRoot, 'build');

const buildTimeoutMs = 300_000;

/** The sources a build depends on; a change to any of them makes the next run rebuild. */
const inputs = ['src', 'static', 'vite.config.ts', 'package.json', 'tsconfig.json', '../core/src', '../core/package.json'];

/** Node 24 from the `node` devDependency when present; the machine's own node may be too old. */
export function nodeBinary(): string {
  const pinned = path.join(repoRoot, 'node_modules', '.bin', 'node');
  return existsSync(pinned) ? pinned : process.execPath;
}

/** Resolves to true when it built, false when web/build already matched the sources. */
export async function ensureDashboardBuilt(): Promise<boolean> {
  if (process.env.ATRIUM_WEB_SKIP_BUILD === '1') {
    if (!existsSync(path.join(buildDir, 'index.js'))) throw new Error(`ATRIUM_WEB_SKIP_BUILD=1 but there is no build at ${buildDir}`);
    return false;
  }
  return ensureBuilt({
    name: 'dashboard',
    baseDir: webRoot,
    inputs,
    stampFile: path.join(buildDir, '.atrium-build-stamp'),
    lockDir: path.join(webRoot, 'node_modules', '.atrium-build.lock'),
    build: runViteBuild,
    timeoutMs: buildTimeoutMs,
  });
}

async function runViteBuild(): Promise<void> {
  const require = createRequire(import.meta.url);
  const viteBin = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  const child = spawn(nodeBinary(), [viteBin, 'build', '--logLevel', 'warn'], {
    cwd: webRoot,
    env: buildEnvironment(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));

  const timer = setTimeout(() => child.kill('SIGKILL'), buildTimeoutMs);
  // A Ctrl-C of `npm start` during the build must not leave vite running on its own.
  const stopBuild = () => child.kill('SIGTERM');
  process.once('exit', stopBuild);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  }).finally(() => {
    clearTimeout(timer);
    process.off('exit', stopBuild);
  });

  if (code !== 0) throw new Error(`vite build of the dashboard failed (exit ${code}):\n${output}`);
}

/** The test runner's variables (VITEST, NODE_ENV=test, …) would change how Vite and Svelte build. */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('VITEST') && name !== 'TEST' && name !== 'NODE_ENV') env[name] = value;
  }
  return { ...env, NODE_ENV: 'production' };
}
