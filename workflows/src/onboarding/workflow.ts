import {
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { OnboardingChecklist } from '@atrium/core';
import type { OnboardingActivities } from './activities';
import { checklistQuery, completeStepUpdate, type OnboardingInput } from './messages';
import { OnboardingState, stallAfter } from './onboarding-state';

const { sendOnboardingReminder, recordOnboardingChecklist } = proxyActivities<OnboardingActivities>({
  startToCloseTimeout: '1 minute',
  retry: { maximumAttempts: 10 },
});

/** Since this patch the workflow writes its checklist to PostgreSQL (`onboarding_checklist`). */
const checklistProjectionPatch = 'onboarding-checklist-projection';

/**
 * `onboarding:{companyId}`: a company's guided setup. It waits for steps to be completed
 * and, when none has been for 24 hours, leaves the company a reminder (at most three in a
 * row). It ends when every step is done.
 */
export async function onboardingWorkflow(input: OnboardingInput): Promise<OnboardingChecklist> {
  const state = new OnboardingState(input.companyId, input.checklist, input.remindersSent);

  setHandler(checklistQuery, () => state.checklist);
  setHandler(
    completeStepUpdate,
    async ({ step }) => {
      const doneBefore = state.checklist.completedCount;
      const checklist = state.complete(step, new Date());
      // Recorded before the update answers, so the page that ticked the step reads it back
      // from PostgreSQL. Histories from before the projection recorded nothing here.
      if (checklist.completedCount > doneBefore && patched(checklistProjectionPatch)) await recordOnboardingChecklist(checklist);
      return checklist;
    },
    { validator: ({ step }) => state.validateStep(step) },
  );
  // A new company's empty checklist, so the dashboard finds a row from the start (a run
  // continued as new has recorded its checklist already).
  if (!input.checklist && patched(checklistProjectionPatch)) await recordOnboardingChecklist(state.checklist);

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
