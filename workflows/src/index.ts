// Workflow functions, for the worker's bundle (workflowsPath points here).
export { onboardingWorkflow } from './onboarding/workflow';
export { subscriptionWorkflow } from './billing/subscription/workflow';
export { dunningWorkflow } from './billing/dunning/workflow';
export { cardExpiryScanWorkflow } from './billing/card-expiry/workflow';
export { notificationDigestWorkflow } from './notifications/digest/workflow';
export { trialWorkflow } from './marketplace/trial/workflow';
export { provisioningWorkflow } from './marketplace/provisioning/workflow';
export { crmTaskReminderWorkflow } from './modules/crm/task-reminder';
export { projectTaskReminderWorkflow } from './modules/projects/task-reminder';
export { leaveRequestWorkflow } from './modules/hr/leave-request/workflow';
export { chatWorkflow } from './help/chat/workflow';
export { expenseClaimWorkflow } from './modules/finance/expense-claim/workflow';
export { supportTicketSlaWorkflow } from './modules/support/ticket-sla';
export { analyticsReportWorkflow } from './modules/analytics/report';
