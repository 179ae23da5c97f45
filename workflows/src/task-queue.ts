/** The default task queue; deployments may override it with TEMPORAL_TASK_QUEUE. */
export const defaultTaskQueue = 'atrium';
