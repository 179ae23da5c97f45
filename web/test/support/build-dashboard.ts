import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/**
 * Builds the dashboard for production (web/build, the same output `npm run build -w
 * @atrium/web` makes) unless the build there already matches the sources. Several browser
 * test files may call this at once: a lock directory makes one of them build and the others
 * wait for it.
 */

export const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = path.resolve(webRoot, '..');
export const buildDir = path.join(webRoot, 'build');

const stampFile = path.join(buildDir, '.atrium-build-stamp');
const lockDir = path.join(webRoot, 'node_modules', '.atrium-build.lock');
const buildTimeoutMs = 180_000;

/** The sources a build depends on; a change to any of them makes the next run rebuild. */
const inputs = [
  'src',
  'static',
  'vite.config.ts',
  'package.json',
  'tsconfig.json',
  '../core/src',
  '../core/package.json',
];

/** Node 24 from the `node` devDependency when present; the machine's own node is too old. */
export function nodeBinary(): string {
  const pinned = path.join(repoRoot, 'node_modules', '.bin', 'node');
  return existsSync(pinned) ? pinned : process.execPath;
}

export async function ensureDashboardBuilt(): Promise<void> {
  if (process.env.ATRIUM_WEB_SKIP_BUILD === '1') {
    if (!existsSync(path.join(buildDir, 'index.js'))) {
      throw new Error(`ATRIUM_WEB_SKIP_BUILD=1 but there is no build at ${buildDir}`);
    }
    return;
  }
  if (isFresh()) return;

  await withLock(async () => {
    if (isFresh()) return; // another test file built it while we waited
    // Taken before building: an edit made during the build leaves the stamp stale, so the
    // next run builds again instead of trusting a build that lacks the edit.
    const sources = fingerprint();
    await runViteBuild();
    writeFileSync(stampFile, sources);
  });
}

function isFresh(): boolean {
  try {
    return readFileSync(stampFile, 'utf8') === fingerprint();
  } catch {
    return false;
  }
}

function fingerprint(): string {
  const hash = createHash('sha256');
  const visit = (file: string) => {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(file).sort()) visit(path.join(file, entry));
    } else {
      hash.update(`${path.relative(webRoot, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  for (const input of inputs) visit(path.join(webRoot, input));
  return hash.digest('hex');
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
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  }).finally(() => clearTimeout(timer));

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

async function withLock(work: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + buildTimeoutMs + 30_000;
  mkdirSync(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (failure) {
      if ((failure as NodeJS.ErrnoException).code !== 'EEXIST') throw failure;
      if (lockHolderIsGone()) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for the dashboard build lock ${lockDir}`);
      await sleep(250);
      if (isFresh()) return;
    }
  }
  try {
    await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function lockHolderIsGone(): boolean {
  try {
    const pid = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    if (!pid) return false; // just created, pid not written yet
    process.kill(pid, 0);
    return false;
  } catch (failure) {
    return (failure as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
