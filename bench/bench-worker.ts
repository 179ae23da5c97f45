import { Context } from '@temporalio/activity';
import { NativeConnection, Worker } from '@temporalio/worker';

/** The knobs both benchmark workers share, so the baseline runs under the renewal's settings. */
export interface WorkerSettings {
  activitySlots: number;
  workflowTaskSlots: number;
}

export interface RunningWorker {
  /** Activity attempts after the first: a timed-out or failed activity run again. */
  retriedActivities(): number;
  /** Rejects if the worker stops by itself (a fatal error), so a measurement does not wait forever. */
  failed: Promise<never>;
  stop(): Promise<void>;
}

/**
 * A worker built like `createWorker` in `workers/` (which takes no tuning options), with
 * the given workflows, activities and concurrency, polling until `stop`.
 */
export async function startBenchWorker(
  address: string,
  options: { taskQueue: string; workflowsPath?: string; activities: object },
  settings: WorkerSettings,
): Promise<RunningWorker> {
  let retried = 0;
  const activities = Object.fromEntries(
    Object.entries(options.activities as Record<string, (...args: unknown[]) => Promise<unknown>>).map(([name, activity]) => [
      name,
      (...args: unknown[]) => {
        if (Context.current().info.attempt > 1) retried += 1;
        return activity(...args);
      },
    ]),
  );
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection,
    namespace: 'default',
    taskQueue: options.taskQueue,
    ...(options.workflowsPath ? { workflowsPath: options.workflowsPath } : {}),
    activities,
    maxConcurrentActivityTaskExecutions: settings.activitySlots,
    maxConcurrentWorkflowTaskExecutions: settings.workflowTaskSlots,
  });
  let stopping: Promise<void> | undefined;
  const running = worker.run();
  const failed = running.then(
    () => {
      throw new Error(`the worker on ${options.taskQueue} stopped`);
    },
    (error) => {
      throw new Error(`the worker on ${options.taskQueue} failed: ${(error as Error).message}`);
    },
  );
  failed.catch(() => {
    if (!stopping) console.error(`[bench] the worker on ${options.taskQueue} stopped unexpectedly`);
  });
  return {
    retriedActivities: () => retried,
    failed,
    stop() {
      stopping ??= (async () => {
        worker.shutdown();
        await running.catch(() => {});
        await connection.close();
      })();
      return stopping;
    },
  };
}
