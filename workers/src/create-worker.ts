import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createRequire } from 'node:module';
import { createActivities, type ActivityDependencies } from './activities';
import { connectionOptions, type TemporalSettings } from './temporal-connection';

const require = createRequire(import.meta.url);
export const workflowsPath = require.resolve('@atrium/workflows/workflows');

/** What a process may tune: the prebuilt workflow bundle, caches and concurrency (see main.ts). */
export type WorkerTuning = Partial<Pick<WorkerOptions, 'workflowBundle' | 'maxCachedWorkflows' | 'maxConcurrentWorkflowTaskExecutions' | 'maxConcurrentActivityTaskExecutions' | 'reuseV8Context'>>;

/**
 * The Atrium worker: every workflow of `@atrium/workflows` and every activity. Without a
 * `workflowBundle` it bundles the workflow sources itself (tests, `npm run dev`).
 */
export async function createWorker(deps: ActivityDependencies & { temporal: TemporalSettings; tuning?: WorkerTuning }) {
  const connection = await NativeConnection.connect(connectionOptions(deps.temporal));
  const { workflowBundle, ...tuning } = deps.tuning ?? {};
  const worker = await Worker.create({
    connection,
    namespace: deps.temporal.namespace,
    taskQueue: deps.temporal.taskQueue,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath }),
    ...tuning,
    activities: createActivities(deps),
  });
  return { worker, connection };
}
