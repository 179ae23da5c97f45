/**
 * `npm run bench -- memory [--idle-seconds 30]`: the memory of an idle `npm start`. Runs
 * `npm start` itself (npm, scripts/bootstrap.mjs, scripts/start.ts) on its own ports and data
 * directory, waits until it is running, opens the sign-in page once, lets it sit idle, then
 * reads every process of the tree from /proc: VmRSS per process and in all (the target:
 * under 1 GB), and PSS beside it (shared pages counted once, e.g. PostgreSQL's shared
 * buffers, which VmRSS counts in every backend). Then it stops it as Ctrl-C would.
 *
 * Ports: PORT, WEB_PORT, TEMPORAL_PORT, TEMPORAL_UI_PORT, ATRIUM_SUPPORT_SMTP_PORT and
 * ATRIUM_PG_PORT as for `npm start`, with defaults of their own so it runs beside one.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { processTree, roleOf } from '../../scripts/lib/process-tree';

const root = path.resolve(import.meta.dirname, '../..');
const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const idleSeconds = argument('--idle-seconds', 30);
const ports = {
  // Not 4190: fetch refuses it (a "bad port", ManageSieve), and npm start probes with fetch.
  PORT: process.env.PORT ?? '4191',
  WEB_PORT: process.env.WEB_PORT ?? '3190',
  TEMPORAL_PORT: process.env.TEMPORAL_PORT ?? '7290',
  TEMPORAL_UI_PORT: process.env.TEMPORAL_UI_PORT ?? '8290',
  ATRIUM_SUPPORT_SMTP_PORT: process.env.ATRIUM_SUPPORT_SMTP_PORT ?? '2590',
  ATRIUM_PG_PORT: process.env.ATRIUM_PG_PORT ?? '54390',
};
const targetBytes = 1024 ** 3;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;

const { DATABASE_URL: _db, DATABASE_OWNER_URL: _owner, TEMPORAL_ADDRESS: _temporal, ...inherited } = process.env;
// `npm start` itself, npm included: what a person running it has in memory.
const start = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['start', '--silent'], {
  cwd: root,
  env: { ...inherited, ...ports, ATRIUM_DATA_DIR: '.data/bench-memory', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'pipe'],
  // Its own process group, as a terminal's foreground job: the stop below is a Ctrl-C.
  detached: true,
});
let output = '';
start.stdout.on('data', (chunk) => (output += chunk));
start.stderr.on('data', (chunk) => (output += chunk));
const exited = new Promise<void>((resolve) => start.once('exit', () => resolve()));
const interrupt = () => {
  try {
    process.kill(-start.pid!, 'SIGINT');
  } catch {
    // already gone
  }
};
process.once('SIGINT', interrupt);

try {
  const ready = Date.now() + 600_000;
  while (!output.includes('Atrium is running')) {
    if (start.exitCode !== null) throw new Error(`npm start exited (${start.exitCode}):\n${output}`);
    if (Date.now() > ready) throw new Error(`npm start was not running after 10 minutes:\n${output}`);
    await sleep(500);
  }
  console.log(`npm start is running (${/ready in [\d.]+ s/.exec(output)?.[0] ?? ''}); one visit of /login, then ${idleSeconds} s idle…`);
  await (await fetch(`http://127.0.0.1:${ports.WEB_PORT}/login`)).text();
  await sleep(idleSeconds * 1000);

  const tree = processTree(start.pid!);
  const byRole = new Map<string, { count: number; rss: number; pss: number }>();
  for (const proc of tree) {
    const role = roleOf(proc.command);
    const entry = byRole.get(role) ?? { count: 0, rss: 0, pss: 0 };
    entry.count += 1;
    entry.rss += proc.rssBytes;
    entry.pss += proc.pssBytes ?? proc.rssBytes;
    byRole.set(role, entry);
  }
  const totalRss = tree.reduce((sum, proc) => sum + proc.rssBytes, 0);
  const totalPss = tree.reduce((sum, proc) => sum + (proc.pssBytes ?? proc.rssBytes), 0);

  console.log(`\nIdle npm start, every process of its tree (${tree.length}), from /proc/<pid>/status VmRSS and smaps_rollup Pss:\n`);
  console.log(`  ${'process'.padEnd(24)} ${'count'.padStart(5)} ${'VmRSS'.padStart(9)} ${'PSS'.padStart(9)}`);
  for (const [role, entry] of [...byRole].sort((a, b) => b[1].rss - a[1].rss)) {
    console.log(`  ${role.padEnd(24)} ${String(entry.count).padStart(5)} ${mb(entry.rss).padStart(9)} ${mb(entry.pss).padStart(9)}`);
  }
  console.log(`  ${'total'.padEnd(24)} ${String(tree.length).padStart(5)} ${mb(totalRss).padStart(9)} ${mb(totalPss).padStart(9)}`);
  console.log(`\n  target: under ${mb(targetBytes)} in all (VmRSS): ${totalRss < targetBytes ? 'met' : 'NOT met'}\n`);
  if (process.argv.includes('--processes')) {
    for (const proc of tree) console.log(`  ${String(proc.pid).padStart(7)} ${mb(proc.rssBytes).padStart(8)}  ${proc.command.slice(0, 110)}`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  interrupt();
  const stopped = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!stopped) {
    console.error('npm start did not stop within 15 s of Ctrl-C: killing it');
    process.kill(-start.pid!, 'SIGKILL');
  }
}
