import type { OnboardingChecklist, OnboardingStepKey } from '@atrium/core';

/** What the onboarding workflow asks of the outside world; the worker implements it. */
export interface OnboardingActivities {
  sendOnboardingReminder(input: {
    companyId: string;
    /**
     * Which stall this reminder is about: the number of steps completed when it began. A
     * stall is over only when a step is completed, so each stall has its own number.
     */
    stall: number;
    /** 1 for the first reminder of the stall, 2 for the second…; with `stall`, the idempotency key of the notice. */
    reminderNumber: number;
    nextStep: OnboardingStepKey;
  }): Promise<void>;
  /**
   * Writes the checklist to its PostgreSQL projection, which the dashboard reads. Only a
   * checklist with more steps done replaces the row: a late retry changes nothing.
   */
  recordOnboardingChecklist(checklist: OnboardingChecklist): Promise<void>;
}
