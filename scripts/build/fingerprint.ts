import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Builds once, then only when the sources changed: a stamp beside the output holds the
 * fingerprint (path, size, mtime of every input file) it was built from. Several processes
 * may ask at once (browser test files, `npm start` beside `npm test`): a lock directory
 * makes one of them build and the others wait for it.
 */
export interface FingerprintedBuild {
  /** What is built, for messages. */
  name: string;
  /** Input paths are relative to this directory. */
  baseDir: string;
  /** Files and folders the output depends on; a change to any of them makes the next run rebuild. */
  inputs: string[];
  /** Where the fingerprint of the last successful build is kept (inside the output, so deleting it rebuilds). */
  stampFile: string;
  /** A directory whose creation is the lock. */
  lockDir: string;
  /** Everything a build writes must exist when this returns. */
  build(): Promise<void>;
  timeoutMs?: number;
}

/** Ignored while fingerprinting: caches under an input folder, and tests, which no build includes. */
const ignored = new Set(['node_modules', '.svelte-kit', '.DS_Store']);
const isTest = (name: string) => /\.test\.ts$/.test(name);

export function fingerprint(baseDir: string, inputs: string[]): string {
  const hash = createHash('sha256');
  const visit = (file: string) => {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(file).sort()) if (!ignored.has(entry) && !isTest(entry)) visit(path.join(file, entry));
    } else {
      hash.update(`${path.relative(baseDir, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  for (const input of inputs) visit(path.resolve(baseDir, input));
  return hash.digest('hex');
}

export function isFresh(target: Pick<FingerprintedBuild, 'baseDir' | 'inputs' | 'stampFile'>): boolean {
  try {
    return readFileSync(target.stampFile, 'utf8') === fingerprint(target.baseDir, target.inputs);
  } catch {
    return false;
  }
}

/** Returns true when it built, false when the existing output was already fresh. */
export async function ensureBuilt(target: FingerprintedBuild): Promise<boolean> {
  if (isFresh(target)) return false;
  let built = false;
  await withLock(target, async () => {
    if (isFresh(target)) return; // another process built it while we waited
    // Taken before building: an edit made during the build leaves the stamp stale, so the
    // next run builds again instead of trusting a build that lacks the edit.
    const sources = fingerprint(target.baseDir, target.inputs);
    await target.build();
    mkdirSync(path.dirname(target.stampFile), { recursive: true });
    writeFileSync(target.stampFile, sources);
    built = true;
  });
  return built;
}

async function withLock(target: FingerprintedBuild, work: () => Promise<void>): Promise<void> {
  const { lockDir } = target;
  const deadline = Date.now() + (target.timeoutMs ?? 180_000) + 30_000;
  mkdirSync(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (failure) {
      if ((failure as NodeJS.ErrnoException).code !== 'EEXIST') throw failure;
      if (lockHolderIsGone(lockDir)) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for the ${target.name} build lock ${lockDir}`);
      await sleep(250);
      if (isFresh(target)) return;
    }
  }
  try {
    await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function lockHolderIsGone(lockDir: string): boolean {
  try {
    const pid = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    if (!pid) return false; // just created, pid not written yet
    process.kill(pid, 0);
    return false;
  } catch (failure) {
    return (failure as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
