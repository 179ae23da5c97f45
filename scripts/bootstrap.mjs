// `npm start` / `npm test` begin here, on whatever Node the machine has (>= 20): install
// the dependencies when they are missing, then run the real entry point on the Node 24
// that the `node` devDependency pins, with node_modules/.bin first on PATH as `npm run`
// would. It is spawned directly, not through another `npm run` and shell, so that a
// SIGTERM reaches it: a shell between npm and a child does not pass signals on.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'node_modules', '.bin');
const entryPoints = {
  start: 'scripts/start.ts',
  // `npm run dev`: the same stack from the sources (tsx, Vite's dev server, hot reload).
  dev: 'scripts/start.ts',
  build: 'scripts/build/main.ts',
  test: 'scripts/test.ts',
  bench: 'bench/renewals.ts',
  demo: 'scripts/demo/main.ts',
  operator: 'scripts/operator.ts',
};
// `npm run bench -- crm-contacts 40` runs bench/crm-contacts.ts, `npm run bench -- api` bench/api/main.ts,
// `npm run bench -- memory` bench/memory/main.ts, `npm run bench -- web` bench/web-bundle/main.ts,
// `npm run bench -- chaos` bench/chaos/main.ts; `npm run bench -- 1000`, the renewals.
const benches = {
  renewals: 'bench/renewals.ts',
  'crm-contacts': 'bench/crm-contacts.ts',
  api: 'bench/api/main.ts',
  memory: 'bench/memory/main.ts',
  web: 'bench/web-bundle/main.ts',
  chaos: 'bench/chaos/main.ts',
};
const command = process.argv[2];
let args = process.argv.slice(3);
if (command === 'dev') args = ['--dev', ...args];
let entry = entryPoints[command];
if (command === 'bench' && args[0] in benches) {
  entry = benches[args[0]];
  args = args.slice(1);
}
if (!entry) {
  console.error(`usage: node scripts/bootstrap.mjs ${Object.keys(entryPoints).join('|')}`);
  process.exit(2);
}

const pinnedNode = join(root, 'node_modules', 'node', 'bin', 'node');
if (!existsSync(pinnedNode) || !existsSync(join(root, 'node_modules', '@temporalio', 'worker'))) {
  console.log('[atrium] installing dependencies (npm install)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const install = spawnSync(npm, ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

process.env.PATH = `${bin}${delimiter}${process.env.PATH ?? ''}`;

// `npm start` / `npm run dev`: the supervisor is bundled (a second or less) and run by plain
// node, in this very process when it already is the pinned Node 24 (`npm run` puts it first
// on PATH): no tsx loader and no second Node process idling beside the servers it runs.
if (command === 'start' || command === 'dev') {
  const supervisor = await bundleSupervisor();
  if (realpathSync(process.execPath) === realpathSync(pinnedNode)) {
    process.argv = [process.argv[0], supervisor, ...args];
    await import(pathToFileURL(supervisor).href);
  } else {
    runChild([supervisor, ...args]);
  }
} else {
  runChild(['--import', 'tsx', join(root, entry), ...args]);
}

/** scripts/start.ts and the workspace sources it imports as one file; npm packages stay imports. */
async function bundleSupervisor() {
  const esbuild = await import('esbuild');
  const outfile = join(root, 'build', 'scripts', 'start.js');
  try {
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: [join(root, 'scripts', 'start.ts')],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node24',
      logLevel: 'warning',
      plugins: [
        {
          name: 'atrium-workspaces-only',
          setup(build) {
            build.onResolve({ filter: /^[^./]/ }, (resolve) => (resolve.path.startsWith('@atrium/') ? undefined : { path: resolve.path, external: true }));
          },
        },
      ],
    });
  } finally {
    await esbuild.stop();
  }
  return outfile;
}

function runChild(nodeArgs) {
  const child = spawn(pinnedNode, nodeArgs, { cwd: root, stdio: 'inherit', env: process.env });

  // Ctrl-C reaches the whole terminal process group by itself; a SIGTERM or SIGHUP sent to
  // this process alone is passed on. Either way we wait for the child to stop everything.
  let stopRequested = false;
  const stopChild = (signal) => {
    if (stopRequested) return;
    stopRequested = true;
    child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (signal !== 'SIGINT') stopChild(signal);
    });
  }
  // When npm is killed, the shell between it and us may die without telling us: our parent
  // changes, and we stop the child as if we had been sent SIGTERM.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stopChild('SIGTERM');
  }, 1000).unref();

  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
