export { createActivities, type ActivityDependencies } from './activities';
export { createWorker, workflowsPath } from './create-worker';
export { connectionOptions, type TemporalSettings } from './temporal-connection';
export { temporalSettingsFromEnv } from './config';
