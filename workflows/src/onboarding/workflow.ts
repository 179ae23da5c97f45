import {
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { OnboardingChecklist } from '@atrium/core';
import type { OnboardingActivities } from './activities';
import { checklistQuery, completeStepUpdate, type OnboardingInput } from './messages';
import { OnboardingState, stallAfter } from './onboarding-state';

const { sendOnboardingReminder } = proxyActivities<OnboardingActivities>({
  startToCloseTimeout: '1 minute',
  retry: { maximumAttempts: 10 },
});

/**
 * `onboarding:{companyId}`: a company's guided setup. It waits for steps to be completed
 * and, when none has been for 24 hours, leaves the company a reminder (at most three in a
 * row). It ends when every step is done.
 */
export async function onboardingWorkflow(input: OnboardingInput): Promise<OnboardingChecklist> {
  const state = new OnboardingState(input.companyId, input.checklist, input.remindersSent);

  setHandler(checklistQuery, () => state.checklist);
  setHandler(completeStepUpdate, ({ step }) => state.complete(step, new Date()), {
    validator: ({ step }) => state.validateStep(step),
  });

  while (!state.finished && !workflowInfo().continueAsNewSuggested) {
    const progressBefore = state.progress;
    const moved = await condition(() => state.progress !== progressBefore || state.finished, stallAfter);
    if (!moved && state.mayRemind) {
      state.remindersSent += 1;
      // Keyed by the stall and the reminder's number within it: a retry after a crash finds
      // the notice already written, and the next stall (after progress) is a new notice.
      await sendOnboardingReminder({
        companyId: input.companyId,
        stall: state.checklist.completedCount,
        reminderNumber: state.remindersSent,
        nextStep: state.checklist.nextStep!,
      });
    }
    if (moved) state.remindersSent = 0;
    if (!moved && !state.mayRemind) {
      // Stop nagging: wait for progress without a deadline.
      await condition(() => state.progress !== progressBefore || state.finished);
    }
  }

  await condition(allHandlersFinished);
  if (!state.finished) {
    await continueAsNew<typeof onboardingWorkflow>({
      companyId: input.companyId,
      checklist: state.checklist,
      remindersSent: state.remindersSent,
    });
  }
  return state.checklist;
}
