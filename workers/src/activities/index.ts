import type { Mailer, MikroORM } from '@atrium/db';
import type { BillingActivities, ChatActivities, CrmActivities, FinanceActivities, HrActivities, MarketplaceActivities, ProjectsActivities, NotificationActivities, OnboardingActivities, SupportActivities, AnalyticsActivities } from '@atrium/workflows';
import { createModuleActivities } from '../modules/register';
import { createBillingActivities } from '../billing/billing-activities';
import type { PaymentGateway } from '../billing/gateways/payment-gateway';
import { createMarketplaceActivities } from '../marketplace/marketplace-activities';
import type { TemporalAccess } from '../marketplace/module-activation';
import { sendOnboardingReminder } from '../onboarding/send-onboarding-reminder';
import { recordOnboardingChecklist } from '../onboarding/record-onboarding-checklist';
import { createHrActivities } from '../modules/hr/hr-activities';
import { createFinanceActivities } from '../modules/finance/finance-activities';
import { sendNotificationDigests } from '../notifications/digest/send-digests';
import { createChatActivities } from '../help/chat/chat-activities';
import { createAnalyticsActivities } from '../modules/analytics/analytics-activities';

export interface ActivityDependencies {
  orm: MikroORM;
  gateway: PaymentGateway;
  mailer: Mailer;
  /** For activities that start or signal other workflows (provisioning, trial conversion). */
  workflowClient: TemporalAccess;
}

/** Every activity, built once from its dependencies (a test builds them with a real database and the sandbox). */
export function createActivities({ orm, gateway, mailer, workflowClient }: ActivityDependencies): OnboardingActivities & BillingActivities & MarketplaceActivities & CrmActivities & HrActivities & FinanceActivities & ProjectsActivities & NotificationActivities & ChatActivities & SupportActivities & AnalyticsActivities {
  return {
    sendOnboardingReminder: sendOnboardingReminder(orm, mailer),
    recordOnboardingChecklist: recordOnboardingChecklist(orm),
    ...createBillingActivities({ orm, gateway, mailer }),
    ...createMarketplaceActivities({ orm, temporal: workflowClient, mailer }),
    ...createModuleActivities({ orm, mailer }),
    ...createHrActivities({ orm, mailer }),
    ...createFinanceActivities({ orm, mailer }),
    sendNotificationDigests: sendNotificationDigests(orm, mailer),
    ...createChatActivities({ orm, mailer }),
    ...createAnalyticsActivities({ orm, mailer }),
  };
}
