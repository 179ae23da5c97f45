/**
 * Ctrl-C at any moment of `npm start` stops everything it started within 10 s: while
 * PostgreSQL starts, between the API answering and "Atrium is running" (where it used to stop
 * its children and then hang until killed), and once it runs. The script runs as a person runs
 * it, `node scripts/bootstrap.mjs start` in a process group of its own, on free ports and its
 * own data directory; the interrupt is a SIGINT to the whole group, which is what a terminal's
 * Ctrl-C sends. Every process seen in its tree must be gone 10 s later.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDashboardBuilt } from './build/dashboard';
import { ensureServersBuilt } from './build/servers';
import { processTree } from './lib/process-tree';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = `.data/start-test-${process.pid}`;
const stopBudgetMs = 10_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A process that exited but was not reaped yet (a zombie) is gone too. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

interface Run {
  child: ChildProcess;
  output: () => string;
  /** Every pid seen in its process tree so far. */
  seen: Set<number>;
  exited: Promise<number | null>;
}

async function startAtrium(): Promise<Run> {
  const [api, web, temporal, temporalUi, smtp, pg] = await Promise.all(Array.from({ length: 6 }, freePort));
  const { DATABASE_URL: _db, DATABASE_OWNER_URL: _owner, TEMPORAL_ADDRESS: _temporal, NODE_ENV: _mode, ...inherited } = process.env;
  const child = spawn(process.execPath, ['scripts/bootstrap.mjs', 'start'], {
    cwd: root,
    env: {
      ...inherited,
      PORT: String(api),
      WEB_PORT: String(web),
      TEMPORAL_PORT: String(temporal),
      TEMPORAL_UI_PORT: String(temporalUi),
      ATRIUM_SUPPORT_SMTP_PORT: String(smtp),
      ATRIUM_PG_PORT: String(pg),
      ATRIUM_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const seen = new Set<number>();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const watch = setInterval(() => {
    for (const proc of processTree(child.pid!)) seen.add(proc.pid);
  }, 100);
  void exited.then(() => clearInterval(watch));
  return { child, output: () => output, seen, exited };
}

async function waitForOutput(run: Run, text: string, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!run.output().includes(text)) {
    if (run.child.exitCode !== null) throw new Error(`npm start exited before "${text}":\n${run.output()}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" within ${timeoutMs} ms:\n${run.output()}`);
    await sleep(50);
  }
}

/** Ctrl-C, then: how long until the supervisor and every process it started were gone. */
async function interrupt(run: Run): Promise<{ stillAlive: number[]; exitCode: number | null; seen: number }> {
  for (const proc of processTree(run.child.pid!)) run.seen.add(proc.pid);
  process.kill(-run.child.pid!, 'SIGINT');
  const deadline = Date.now() + stopBudgetMs;
  let stillAlive = [...run.seen].filter(alive);
  while (stillAlive.length && Date.now() < deadline) {
    await sleep(100);
    stillAlive = [...run.seen].filter(alive);
  }
  const exitCode = await Promise.race([run.exited, sleep(1_000).then(() => 'running' as const)]);
  // Whatever outlived the budget is killed, so that a failure does not leave servers behind.
  for (const pid of stillAlive) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  return { stillAlive, exitCode: exitCode === 'running' ? -1 : exitCode, seen: run.seen.size };
}

beforeAll(async () => {
  // The builds are cached between runs; the first one after a change takes a minute or two.
  await Promise.all([ensureServersBuilt(), ensureDashboardBuilt()]);
}, 400_000);

afterAll(() => rmSync(path.join(root, dataDir), { recursive: true, force: true }));

describe('Ctrl-C during `npm start`', () => {
  it('while PostgreSQL starts: everything is gone within 10 s', async () => {
    const run = await startAtrium();
    await waitForOutput(run, 'building the servers');
    // The build is up to date: the next step is PostgreSQL's start-up (and, the first time, initdb).
    await sleep(300);
    const result = await interrupt(run);
    expect(result.stillAlive, run.output()).toEqual([]);
    expect(result.exitCode).toBe(0);
  }, 60_000);

  it('after the API is healthy, before "Atrium is running": everything is gone within 10 s', async () => {
    const run = await startAtrium();
    // The dashboard is started once the API answers /api/health; the operator's seeding follows.
    await waitForOutput(run, 'Listening on http://');
    const result = await interrupt(run);
    expect(run.output()).not.toContain('Atrium is running');
    expect(result.seen).toBeGreaterThan(6); // npm start had PostgreSQL, Temporal, the worker, the API, the mail listener and the dashboard up
    expect(result.stillAlive, run.output()).toEqual([]);
    expect(result.exitCode).toBe(0);
  }, 120_000);

  it('once it runs: everything is gone within 10 s', async () => {
    const run = await startAtrium();
    await waitForOutput(run, 'Atrium is running');
    const result = await interrupt(run);
    expect(result.stillAlive, run.output()).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(run.output()).toContain('stopped.');
  }, 120_000);
});
