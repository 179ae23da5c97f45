import { NativeConnection, Worker } from '@temporalio/worker';
import { createRequire } from 'node:module';
import { createActivities, type ActivityDependencies } from './activities';
import { connectionOptions, type TemporalSettings } from './temporal-connection';

const require = createRequire(import.meta.url);
export const workflowsPath = require.resolve('@atrium/workflows/workflows');

/** The Atrium worker: every workflow of `@atrium/workflows` and every activity. */
export async function createWorker(deps: ActivityDependencies & { temporal: TemporalSettings }) {
  const connection = await NativeConnection.connect(connectionOptions(deps.temporal));
  const worker = await Worker.create({
    connection,
    namespace: deps.temporal.namespace,
    taskQueue: deps.temporal.taskQueue,
    workflowsPath,
    activities: createActivities(deps),
  });
  return { worker, connection };
}
