import type { MikroORM } from '@atrium/db';
import type { OnboardingActivities } from '@atrium/workflows';
import { sendOnboardingReminder } from '../onboarding/send-onboarding-reminder';

export interface ActivityDependencies {
  orm: MikroORM;
}

/** Every activity, built once from its dependencies (a test builds them with a real database). */
export function createActivities({ orm }: ActivityDependencies): OnboardingActivities {
  return {
    sendOnboardingReminder: sendOnboardingReminder(orm),
  };
}
