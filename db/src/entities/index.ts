import { AuditEvent } from './audit-event';
import { Company } from './company';
import { CompanyLogo } from './company-logo';
import { Invitation } from './invitation';
import { Membership } from './membership';
import { Notification, NotificationDigest, NotificationPreference, NotificationRead } from './notifications';
import { OutboxMessage } from './outbox-message';
import {
  Invoice,
  InvoiceDocument,
  InvoiceLine,
  Payment,
  PaymentCustomer,
  PaymentMethod,
  SandboxCharge,
  Subscription,
  SubscriptionItem,
} from './billing';
import { ModuleInstallation, ModuleSetting, ModuleTrial } from './marketplace';
import { CrmActivity, CrmContact, CrmDeal, CrmOrganization, CrmTask } from './modules/crm';
import { HrEmployee, HrLeaveRequest } from './modules/hr';
import { FinanceBankAccount, FinanceBankTransaction, FinanceExpenseClaim, FinanceReceipt } from './modules/finance';
import { Project, ProjectChecklistItem, ProjectComment, ProjectGuest, ProjectMilestone, ProjectTask } from './modules/projects';
import { SupportMessage, SupportSavedReply, SupportTicket } from './modules/support';
import { AnalyticsDashboard, AnalyticsReport, AnalyticsReportRun, AnalyticsWidget } from './modules/analytics';
import { CmsMedia, CmsPage, CmsPageRevision, CmsPageViewDay, CmsSite } from './modules/cms';
import { Operator, OperatorAuditEvent, OperatorSession } from './operator';
import { HelpArticle, HelpArticleVote, HelpCategory, HelpChat, HelpChatMessage, HelpTicket, HelpTicketAttachment, HelpTicketMessage } from './help';
import { ModuleUpdate } from './module-updates';
import { OnboardingChecklistProjection } from './onboarding/onboarding-checklist';

export { AuditEvent, Company, CompanyLogo, Invitation, Membership, OutboxMessage };
export { auditCategories, type AuditCategory, type AuditEventEntity } from './audit-event';
export type { CompanyAddress, CompanyEntity } from './company';
export type { CompanyLogoEntity } from './company-logo';
export type { InvitationEntity } from './invitation';
export type { MembershipEntity } from './membership';
export * from './notifications';
export type { OutboxMessageEntity } from './outbox-message';
export * from './billing';
export * from './marketplace';
export * from './modules/crm';
export * from './modules/hr';
export * from './modules/finance';
export * from './modules/projects';
export * from './modules/support';
export * from './modules/analytics';
export * from './modules/cms';
export * from './operator';
export * from './help';
export * from './module-updates';
export { OnboardingChecklistProjection, type OnboardingChecklistProjectionEntity } from './onboarding/onboarding-checklist';

export const entities = [
  Company,
  CompanyLogo,
  Membership,
  Invitation,
  AuditEvent,
  Notification,
  NotificationRead,
  NotificationPreference,
  NotificationDigest,
  OutboxMessage,
  Subscription,
  SubscriptionItem,
  Invoice,
  InvoiceLine,
  InvoiceDocument,
  Payment,
  PaymentMethod,
  PaymentCustomer,
  SandboxCharge,
  ModuleTrial,
  ModuleInstallation,
  ModuleSetting,
  CrmOrganization,
  CrmContact,
  CrmDeal,
  CrmActivity,
  CrmTask,
  HrEmployee,
  HrLeaveRequest,
  FinanceExpenseClaim,
  FinanceReceipt,
  FinanceBankAccount,
  FinanceBankTransaction,
  Project,
  ProjectTask,
  ProjectChecklistItem,
  ProjectComment,
  ProjectMilestone,
  ProjectGuest,
  SupportTicket,
  SupportMessage,
  SupportSavedReply,
  AnalyticsDashboard,
  AnalyticsWidget,
  AnalyticsReport,
  AnalyticsReportRun,
  CmsSite,
  CmsPage,
  CmsPageRevision,
  CmsMedia,
  CmsPageViewDay,
  Operator,
  OperatorSession,
  OperatorAuditEvent,
  HelpCategory,
  HelpArticle,
  HelpArticleVote,
  HelpTicket,
  HelpTicketMessage,
  HelpTicketAttachment,
  HelpChat,
  HelpChatMessage,
  ModuleUpdate,
  OnboardingChecklistProjection,
];
