export { createActivities, type ActivityDependencies } from './activities';
export { createDocumentsWorker, createWorker, workerGroup, workflowsPath, type WorkerGroup } from './create-worker';
export { connectionOptions, type TemporalSettings } from './temporal-connection';
export { temporalSettingsFromEnv } from './config';
