import { onboardingStepLabels } from '@atrium/core';
import type { Mailer, MikroORM } from '@atrium/db';
import type { OnboardingActivities } from '@atrium/workflows';
import { notifyAndMail } from '../notifications/notify-and-mail';

/** In the dashboard, and by mail (through the outbox locally) to the owners and admins who set the company up. */
export function sendOnboardingReminder(orm: MikroORM, mailer: Mailer): OnboardingActivities['sendOnboardingReminder'] {
  return async ({ companyId, stall, reminderNumber, nextStep }) => {
    await notifyAndMail(orm, mailer, {
      companyId,
      kind: 'onboarding_reminder',
      title: 'Pick up your setup where you left off',
      body: `Next step: ${onboardingStepLabels[nextStep]}. It takes a couple of minutes.`,
      // An activity scheduled before `stall` existed keeps the key it was scheduled with.
      dedupeKey: stall === undefined ? `onboarding-reminder:${reminderNumber}` : `onboarding-reminder:${stall}:${reminderNumber}`,
    }, ['owner', 'admin'], 'Open Atrium to continue setting up your company.');
  };
}
