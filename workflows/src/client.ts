// Messages, ids and types that clients (api, workers, tests) import; no workflow code.
export * from './onboarding/messages';
export type { OnboardingActivities } from './onboarding/activities';
export * from './search-attributes';
export * from './task-queue';
