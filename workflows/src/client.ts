// Messages, ids and types that clients (api, workers, tests) import; no workflow code.
export * from './onboarding/messages';
export type { OnboardingActivities } from './onboarding/activities';
export * from './search-attributes';
export * from './task-queue';
export * from './billing/subscription/messages';
export * from './billing/subscription/payment-method-types';
export * from './billing/dunning/messages';
export { cardExpiryScheduleId } from './billing/card-expiry/workflow';
export { notificationDigestScheduleId } from './notifications/digest/workflow';
export type { NotificationActivities } from './notifications/activities';
export type { BillingActivities, ChargeOutcome, AddPaymentMethodOutcome } from './billing/activities';
export { longestPauseDays } from './billing/subscription/validators';
export * from './marketplace/trial/messages';
export * from './marketplace/provisioning/messages';
export type { MarketplaceActivities, TrialConversion } from './marketplace/activities';
export * from './modules/crm/messages';
export * from './modules/hr/leave-request/messages';
export type { HrActivities, LeaveRequestKey } from './modules/hr/activities';
