import type { Mailer, MikroORM } from '@atrium/db';
import type { BillingActivities, OnboardingActivities } from '@atrium/workflows';
import { createBillingActivities } from '../billing/billing-activities';
import type { PaymentGateway } from '../billing/gateways/payment-gateway';
import { sendOnboardingReminder } from '../onboarding/send-onboarding-reminder';

export interface ActivityDependencies {
  orm: MikroORM;
  gateway: PaymentGateway;
  mailer: Mailer;
}

/** Every activity, built once from its dependencies (a test builds them with a real database and the sandbox). */
export function createActivities({ orm, gateway, mailer }: ActivityDependencies): OnboardingActivities & BillingActivities {
  return {
    sendOnboardingReminder: sendOnboardingReminder(orm),
    ...createBillingActivities({ orm, gateway, mailer }),
  };
}
