import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { OnboardingChecklist, OnboardingStepKey } from '@atrium/core';

export const onboardingWorkflowId = (companyId: string) => `onboarding:${companyId}`;

export interface CompleteStepInput {
  step: OnboardingStepKey;
}

export const completeStepUpdate = defineUpdate<OnboardingChecklist, [CompleteStepInput]>('completeStep');
export const checklistQuery = defineQuery<OnboardingChecklist>('checklist');

export interface OnboardingInput {
  companyId: string;
  /** Carried over continue-as-new; absent on the first run. */
  checklist?: OnboardingChecklist;
  remindersSent?: number;
}
