// Runs on whatever Node the machine has (>= 20): installs dependencies when they are
// missing, then hands over to `npm run`, which puts the pinned Node 24 first on PATH.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const targets = { start: 'stack:start', test: 'stack:test' };
const target = targets[process.argv[2]];
if (!target) {
  console.error(`usage: node scripts/bootstrap.mjs ${Object.keys(targets).join('|')}`);
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pinnedNode = join(root, 'node_modules', '.bin', 'node');
if (!existsSync(pinnedNode) || !existsSync(join(root, 'node_modules', '@temporalio', 'worker'))) {
  console.log('[atrium] installing dependencies (npm install)…');
  const install = spawnSync(npm, ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

const run = spawn(npm, ['run', '--silent', target, '--', ...process.argv.slice(3)], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl-C reaches the whole terminal group by itself; a SIGTERM sent to this process alone
// is passed on, and either way we wait for the child to stop everything before exiting.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (signal !== 'SIGINT') run.kill(signal);
  });
}
run.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
