import type { OnboardingStepKey } from '@atrium/core';

/** What the onboarding workflow asks of the outside world; the worker implements it. */
export interface OnboardingActivities {
  sendOnboardingReminder(input: {
    companyId: string;
    /** 1 for the first reminder, 2 for the second…: the idempotency key of the notice. */
    reminderNumber: number;
    nextStep: OnboardingStepKey;
  }): Promise<void>;
}
