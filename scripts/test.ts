/**
 * `npm test`: type-check every workspace, then run every workspace's tests (vitest
 * projects; see vitest.config.ts). Exits non-zero on the first failure.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureStripeMock } from './lib/stripe-mock-binary';

const root = path.resolve(import.meta.dirname, '..');
const workspaces = ['core', 'db', 'workflows', 'workers', 'api', 'scripts', 'deploy', 'bench'];

function run(label: string, args: string[], cwd = '.'): void {
  const result = spawnSync(process.execPath, args, { cwd: path.join(root, cwd), stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[atrium] ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

ensureStripeMock(root, (line) => console.log(`[atrium] ${line}`));

const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
for (const workspace of workspaces) run(`type-check of ${workspace}`, [tsc, '-p', workspace, '--noEmit']);
// The dashboard's types come from SvelteKit's generated config: sync it, then check.
run('svelte-kit sync', [path.join(root, 'node_modules', '@sveltejs', 'kit', 'svelte-kit.js'), 'sync'], 'web');
run('type-check of web', [tsc, '-p', 'web', '--noEmit']);
run('svelte-check of web', [path.join(root, 'node_modules', 'svelte-check', 'bin', 'svelte-check'), '--tsconfig', './tsconfig.json', '--fail-on-warnings'], 'web');
run('tests', [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)]);
