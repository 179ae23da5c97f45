// `npm start` / `npm test` begin here, on whatever Node the machine has (>= 20): install
// the dependencies when they are missing, then run the real entry point on the Node 24
// that the `node` devDependency pins, with node_modules/.bin first on PATH as `npm run`
// would. It is spawned directly, not through another `npm run` and shell, so that a
// SIGTERM reaches it: a shell between npm and a child does not pass signals on.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'node_modules', '.bin');
const entryPoints = { start: 'scripts/start.ts', test: 'scripts/test.ts', bench: 'bench/renewals.ts', demo: 'scripts/demo/main.ts', operator: 'scripts/operator.ts' };
// `npm run bench -- crm-contacts 40` runs bench/crm-contacts.ts, `npm run bench -- api` bench/api/main.ts; `npm run bench -- 1000`, the renewals.
const benches = { renewals: 'bench/renewals.ts', 'crm-contacts': 'bench/crm-contacts.ts', api: 'bench/api/main.ts', chaos: 'bench/chaos/main.ts' };
const command = process.argv[2];
let args = process.argv.slice(3);
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

const child = spawn(pinnedNode, ['--import', 'tsx', join(root, entry), ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
});

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
