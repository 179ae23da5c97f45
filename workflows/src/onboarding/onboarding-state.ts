import {
  completeStep,
  emptyChecklist,
  onboardingStepKeys,
  type OnboardingChecklist,
  type OnboardingStepKey,
} from '@atrium/core';

/** After this many unanswered reminders we stop nagging; the checklist stays open. */
export const maxReminders = 3;
export const stallAfter = '24 hours';

/** The onboarding's state and rules, free of Temporal so that it reads like the business. */
export class OnboardingState {
  checklist: OnboardingChecklist;
  remindersSent: number;
  /** Bumped on every completed step: the stall timer restarts when it moves. */
  progress = 0;

  constructor(companyId: string, checklist?: OnboardingChecklist, remindersSent = 0) {
    this.checklist = checklist ?? emptyChecklist(companyId);
    this.remindersSent = remindersSent;
  }

  validateStep(step: unknown): asserts step is OnboardingStepKey {
    if (!onboardingStepKeys.includes(step as OnboardingStepKey)) {
      throw new Error(`Unknown onboarding step "${String(step)}". Steps are: ${onboardingStepKeys.join(', ')}.`);
    }
  }

  complete(step: OnboardingStepKey, at: Date): OnboardingChecklist {
    const before = this.checklist.completedCount;
    this.checklist = completeStep(this.checklist, step, at);
    if (this.checklist.completedCount > before) this.progress += 1;
    return this.checklist;
  }

  get finished(): boolean {
    return this.checklist.nextStep === null;
  }

  get mayRemind(): boolean {
    return !this.finished && this.remindersSent < maxReminders;
  }
}
