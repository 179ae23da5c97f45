import { onboardingStepLabels } from '@atrium/core';
import type { MikroORM } from '@atrium/db';
import type { OnboardingActivities } from '@atrium/workflows';
import { notifyCompany } from '../notifications/notify-company';

export function sendOnboardingReminder(orm: MikroORM): OnboardingActivities['sendOnboardingReminder'] {
  return async ({ companyId, reminderNumber, nextStep }) => {
    await notifyCompany(orm, {
      companyId,
      kind: 'onboarding_reminder',
      title: 'Pick up your setup where you left off',
      body: `Next step: ${onboardingStepLabels[nextStep]}. It takes a couple of minutes.`,
      dedupeKey: `onboarding-reminder:${reminderNumber}`,
    });
  };
}
