import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * What every benchmark script does around its measurement: cleanups run in reverse order
 * (servers last), whatever ends the run — the end, a failure, Ctrl-C (it reaches
 * PostgreSQL too, sharing our process group; the Temporal server, in its own, must not
 * outlive us) or an uncaught exception.
 */
export function benchRun(log: (line: string) => void) {
  const cleanups: Array<() => Promise<unknown>> = [];
  let stopping = false;
  const stopEverything = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error) => log(`cleanup: ${error}`));
  };
  const stopAndExit = (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    log(`${reason}: stopping…`);
    void stopEverything().finally(() => process.exit(code));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stopAndExit(signal, 130));
  process.on('uncaughtException', (error) => {
    console.error(error);
    stopAndExit('uncaught exception', 1);
  });
  return {
    /** Runs at the end, before the cleanups added earlier. */
    cleanup: (step: () => Promise<unknown>) => void cleanups.push(step),
    stopEverything,
    /** After Ctrl-C, whatever fails next is a consequence, not news. */
    failed(error: unknown) {
      if (!stopping) console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      stopAndExit('failed', 1);
    },
  };
}

/** The figures as JSON under `bench/results/` (git-ignored), named by the bench and the time; returns the path. */
export async function writeResults(root: string, name: string, result: { at: string }): Promise<string> {
  const resultsDir = path.join(root, 'bench', 'results');
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}-${result.at.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
