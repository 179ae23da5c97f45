// Workflow functions, for the worker's bundle (workflowsPath points here).
export { onboardingWorkflow } from './onboarding/workflow';
