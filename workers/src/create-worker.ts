import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createRequire } from 'node:module';
import { documentsTaskQueue } from '@atrium/workflows';
import { createActivities, type ActivityDependencies } from './activities';
import { connectionOptions, type TemporalSettings } from './temporal-connection';

const require = createRequire(import.meta.url);
export const workflowsPath = require.resolve('@atrium/workflows/workflows');

/** What a process may tune: the prebuilt workflow bundle, caches and concurrency (see main.ts). */
export type WorkerTuning = Partial<Pick<WorkerOptions, 'workflowBundle' | 'maxCachedWorkflows' | 'maxConcurrentWorkflowTaskExecutions' | 'maxConcurrentActivityTaskExecutions' | 'reuseV8Context'>>;

/**
 * Invoice PDFs rendered at once by one process. Rendering is CPU-bound and runs on the event
 * loop every other activity shares; two at a time keep a backlog moving (a PDF takes tens of
 * milliseconds) without taking the loop from the renewals and changes that people wait for.
 */
const documentSlots = 2;

/** One `run()` and one `shutdown()` for the workers of one process. */
export interface WorkerGroup {
  run(): Promise<void>;
  shutdown(): void;
}

/**
 * The activity-only worker of the documents queue beside `taskQueue`, on the same
 * connection; `activities` must include `renderInvoiceDocuments`.
 */
export function createDocumentsWorker(options: Pick<WorkerOptions, 'connection' | 'namespace'> & { taskQueue: string; activities: { renderInvoiceDocuments: unknown } }) {
  return Worker.create({
    ...options,
    taskQueue: documentsTaskQueue(options.taskQueue),
    activities: { renderInvoiceDocuments: options.activities.renderInvoiceDocuments as (...args: unknown[]) => Promise<unknown> },
    maxConcurrentActivityTaskExecutions: documentSlots,
  });
}

/** Runs the workers together: they stop together, and one failing stops the others. */
export function workerGroup(workers: Worker[]): WorkerGroup {
  const shutdown = () => {
    for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
  };
  return {
    shutdown,
    async run() {
      const runs = workers.map((worker) =>
        worker.run().catch((error) => {
          shutdown();
          throw error;
        }),
      );
      const results = await Promise.allSettled(runs);
      const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };
}

/**
 * The Atrium worker: every workflow of `@atrium/workflows` and every activity, and the
 * documents worker beside it. Without a `workflowBundle` it bundles the workflow sources
 * itself (tests, `npm run dev`).
 */
export async function createWorker(deps: ActivityDependencies & { temporal: TemporalSettings; tuning?: WorkerTuning }) {
  const connection = await NativeConnection.connect(connectionOptions(deps.temporal));
  const activities = createActivities(deps);
  const { workflowBundle, ...tuning } = deps.tuning ?? {};
  const main = await Worker.create({
    connection,
    namespace: deps.temporal.namespace,
    taskQueue: deps.temporal.taskQueue,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath }),
    ...tuning,
    activities,
  });
  const documents = await createDocumentsWorker({ connection, namespace: deps.temporal.namespace, taskQueue: deps.temporal.taskQueue, activities });
  return { worker: workerGroup([main, documents]), connection };
}
