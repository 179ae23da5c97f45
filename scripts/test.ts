/**
 * `npm test`: type-check every workspace and run every workspace's tests (vitest
 * projects; see vitest.config.ts). Exits non-zero when either fails.
 *
 * The type checks run beside the tests, not before them: a test run mostly waits on
 * browsers, servers and timers (one vitest worker keeps a 2-core machine about a third
 * busy), so the checks take the idle core instead of minutes of their own. Their output
 * is held back and printed after the tests, so the two never interleave.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureStripeMock } from './lib/stripe-mock-binary';

const root = path.resolve(import.meta.dirname, '..');
const workspaces = ['core', 'db', 'workflows', 'workers', 'api', 'scripts', 'deploy', 'bench'];
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

interface Step {
  label: string;
  args: string[];
  cwd?: string;
}

const typeChecks: Step[] = [
  ...workspaces.map((workspace) => ({ label: `type-check of ${workspace}`, args: [tsc, '-p', workspace, '--noEmit'] })),
  { label: 'type-check of web', args: [tsc, '-p', 'web', '--noEmit'] },
  { label: 'svelte-check of web', args: [path.join(root, 'node_modules', 'svelte-check', 'bin', 'svelte-check'), '--tsconfig', './tsconfig.json', '--fail-on-warnings'], cwd: 'web' },
];

/** Runs a step to its end; `output` collects what it printed when it is not shown as it goes. */
function run(step: Step, show: boolean, output: string[] = []): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, step.args, { cwd: path.join(root, step.cwd ?? '.'), stdio: show ? 'inherit' : 'pipe' });
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', (error) => {
      output.push(`${error.message}\n`);
      resolve(false);
    });
    child.on('close', (code) => resolve(code === 0));
  });
}

/** The checks one after another (they share the machine with the tests); the first failure ends them. */
async function typeCheck(): Promise<{ failed: string | null; output: string }> {
  const output: string[] = [];
  for (const step of typeChecks) {
    if (!(await run(step, false, output))) return { failed: step.label, output: output.join('') };
  }
  return { failed: null, output: output.join('') };
}

ensureStripeMock(root, (line) => console.log(`[atrium] ${line}`));
// The dashboard's types come from SvelteKit's generated config: synced before anything reads
// it. The dashboard's build in the browser tests syncs too, but writes only what changed.
if (!(await run({ label: 'svelte-kit sync', args: [path.join(root, 'node_modules', '@sveltejs', 'kit', 'svelte-kit.js'), 'sync'], cwd: 'web' }, true))) {
  console.error('[atrium] svelte-kit sync failed');
  process.exit(1);
}

const checks = typeCheck();
const testsPassed = await run({ label: 'tests', args: [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)] }, true);
const { failed, output } = await checks;
if (failed) {
  process.stdout.write(output);
  console.error(`[atrium] ${failed} failed`);
} else {
  console.log(`[atrium] type checks passed (${typeChecks.map((step) => step.label.replace(/^type-check of /, '')).join(', ')})`);
}
if (!testsPassed) console.error('[atrium] tests failed');
process.exit(failed || !testsPassed ? 1 : 0);
