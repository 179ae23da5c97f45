import type { OnboardingStepKey } from '@atrium/core';
import { completeStepUpdate, onboardingWorkflowId } from '@atrium/workflows';
import type { ApiDependencies } from '../deps';

/**
 * Ticks a step of the company's checklist after the change that completes it has been
 * committed. The checklist is a guide, not a gate: if onboarding has already ended or
 * Temporal is briefly away, the change the person made still stands.
 */
export async function completeOnboardingStep(deps: ApiDependencies, companyId: string, step: OnboardingStepKey): Promise<void> {
  try {
    await deps.temporal.workflow.getHandle(onboardingWorkflowId(companyId)).executeUpdate(completeStepUpdate, { args: [{ step }] });
  } catch (error) {
    deps.logger.warn({ err: error, companyId, step }, 'could not tick the onboarding step');
  }
}
