import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WorkerTuning } from './create-worker';

/**
 * The worker's process options. Built (`node build/server/worker.js`), the workflow bundle
 * made ahead of time lies beside it and is loaded instead of running webpack at start,
 * which cost a second of CPU and most of an idle worker's 1.7 GB. Run from its sources (tsx:
 * tests, `npm run dev`) there is none, and the worker bundles the workflows itself.
 *
 * ATRIUM_WORKER_MAX_CACHED_WORKFLOWS: workflows kept in memory between tasks (the SDK's
 * default grows with the heap limit, up to thousands); evicted ones are replayed from
 * history on their next task. ATRIUM_WORKER_MAX_CONCURRENT_ACTIVITIES and
 * ATRIUM_WORKER_MAX_CONCURRENT_WORKFLOW_TASKS cap the work in flight.
 */
export function workerTuningFromEnv(mainUrl: string, env: NodeJS.ProcessEnv = process.env): WorkerTuning {
  const bundle = env.ATRIUM_WORKFLOW_BUNDLE || fileURLToPath(new URL('./workflow-bundle.js', mainUrl));
  const number = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined || value === '') return undefined;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a positive integer, not ${JSON.stringify(value)}`);
    return parsed;
  };
  const maxCachedWorkflows = number('ATRIUM_WORKER_MAX_CACHED_WORKFLOWS', env.ATRIUM_WORKER_MAX_CACHED_WORKFLOWS);
  const activities = number('ATRIUM_WORKER_MAX_CONCURRENT_ACTIVITIES', env.ATRIUM_WORKER_MAX_CONCURRENT_ACTIVITIES);
  const workflowTasks = number('ATRIUM_WORKER_MAX_CONCURRENT_WORKFLOW_TASKS', env.ATRIUM_WORKER_MAX_CONCURRENT_WORKFLOW_TASKS);
  return {
    ...(existsSync(bundle) ? { workflowBundle: { codePath: bundle } } : {}),
    ...(maxCachedWorkflows ? { maxCachedWorkflows } : {}),
    ...(activities ? { maxConcurrentActivityTaskExecutions: activities } : {}),
    ...(workflowTasks ? { maxConcurrentWorkflowTaskExecutions: workflowTasks } : {}),
  };
}
