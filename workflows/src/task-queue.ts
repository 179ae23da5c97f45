/** The default task queue; deployments may override it with TEMPORAL_TASK_QUEUE. */
export const defaultTaskQueue = 'atrium';

/**
 * Where a renewal's invoice PDFs are rendered: a queue of its own beside the workflow's
 * (`atrium-documents` beside `atrium`), polled by a worker of its own with few slots in the
 * same process (workers' createWorker), so that rendering, which is CPU-bound, never takes
 * the activity slots or the event loop that renewals and a person's changes wait for.
 */
export function documentsTaskQueue(taskQueue: string): string {
  return `${taskQueue}-documents`;
}
