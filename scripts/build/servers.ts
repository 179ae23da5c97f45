import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { repoRootFrom } from '../lib/repo-root';
import { ensureBuilt } from './fingerprint';

/**
 * The server processes as plain JavaScript, for `npm start` and the Docker image: one esbuild
 * bundle per entry point (our workspaces' TypeScript compiled in; every npm package left as an
 * import of node_modules, so native modules, pino's worker threads and the fonts resolve as
 * they do in development), and the Temporal workflow bundle made once ahead of time, which
 * the worker loads instead of running webpack at every start.
 */
export const repoRoot = repoRootFrom(import.meta.url);
export const serverBuildDir = path.join(repoRoot, 'build', 'server');

/** What `node build/server/<file>` runs; the names the Dockerfile, compose and `npm start` use. */
export const serverEntryPoints = {
  api: 'api/src/main.ts',
  'support-mail': 'api/src/support-mail-main.ts',
  worker: 'workers/src/main.ts',
  migrate: 'db/src/migrate-main.ts',
  // `npm start`'s own one-shot step (the local operator); not part of a deployment.
  'seed-operator': 'scripts/seed-operator.ts',
} as const;
export type ServerName = keyof typeof serverEntryPoints;

export const serverBundle = (name: ServerName) => path.join(serverBuildDir, `${name}.js`);
/** The workflow code of every Atrium workflow, as `bundleWorkflowCode` emits it. */
export const workflowBundlePath = path.join(serverBuildDir, 'workflow-bundle.js');

/** Everything the bundles are made of: our workspaces' sources and what pins their dependencies. */
const inputs = [
  'core/src',
  'db/src',
  'db/migrations',
  'workflows/src',
  'workers/src',
  'api/src',
  'package-lock.json',
  ...['core', 'db', 'workflows', 'workers', 'api'].map((workspace) => `${workspace}/package.json`),
  'scripts/seed-operator.ts',
  'scripts/lib/operator-credentials.ts',
  'scripts/build/servers.ts',
];

/** Resolves to true when it built, false when build/server already matched the sources. */
export function ensureServersBuilt(): Promise<boolean> {
  return ensureBuilt({
    name: 'server',
    baseDir: repoRoot,
    inputs,
    stampFile: path.join(serverBuildDir, '.atrium-build-stamp'),
    lockDir: path.join(repoRoot, 'node_modules', '.atrium-server-build.lock'),
    build: buildServersInChild,
  });
}

/**
 * The build in a process of its own: webpack (the workflow bundle) grows a heap of several
 * hundred MB that a long-running `npm start` would otherwise keep. Ctrl-C reaches it too
 * (same process group), so an interrupted build stops with us.
 */
async function buildServersInChild(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/build/main.ts'), 'servers-now'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = () => child.kill('SIGTERM');
  process.once('exit', stop);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  }).finally(() => process.off('exit', stop));
  if (code !== 0) throw new Error(`building the server bundles failed (exit ${code})`);
}

export async function buildServers(): Promise<void> {
  await rm(serverBuildDir, { recursive: true, force: true });
  await mkdir(serverBuildDir, { recursive: true });
  await Promise.all([bundleServers(), bundleWorkflows()]);
}

/** npm packages stay imports; only `@atrium/*` (TypeScript source in this repo) is compiled in. */
const workspacesOnly: Plugin = {
  name: 'atrium-workspaces-only',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@atrium/') ? undefined : { path: args.path, external: true }));
  },
};

async function bundleServers(): Promise<void> {
  // Loaded here: `npm start` imports this file, and only a build needs esbuild's service process.
  const { build: esbuild } = await import('esbuild');
  await esbuild({
    absWorkingDir: repoRoot,
    entryPoints: Object.entries(serverEntryPoints).map(([out, entry]) => ({ in: entry, out })),
    outdir: serverBuildDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    // Chunks shared between the entry points (db, core) are loaded once per process anyway;
    // splitting only keeps the build folder small.
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    // Class and function names show in logs and MikroORM reads entity class names.
    keepNames: true,
    logLevel: 'warning',
    plugins: [workspacesOnly],
  });
}

async function bundleWorkflows(): Promise<void> {
  // Loaded here, not at the top: only a build needs webpack and swc.
  const { bundleWorkflowCode } = await import('@temporalio/worker');
  const require = createRequire(path.join(repoRoot, 'workers', 'package.json'));
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('@atrium/workflows/workflows'),
    logger: quietLogger,
    // The worker maps workflow stack traces through the bundle's inline source map; without
    // the sources' text in it the bundle is 3.2 MB instead of 5.7 MB, all of it held by
    // every worker process, and a stack trace still names the file and line.
    webpackConfigHook: (config) => ({ ...config, devtool: 'inline-nosources-source-map' }),
  });
  await writeFile(workflowBundlePath, code);
}

/** bundleWorkflowCode logs every webpack step at info; only problems are worth showing. */
const quietLogger = {
  log: () => {},
  trace: () => {},
  debug: () => {},
  info: () => {},
  warn: (message: string, meta?: unknown) => console.warn(`[build] workflow bundle: ${message}`, meta ?? ''),
  error: (message: string, meta?: unknown) => console.error(`[build] workflow bundle: ${message}`, meta ?? ''),
};
