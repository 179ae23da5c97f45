export * from './entities';
export { ormConfig } from './config';
export { migrateDatabase } from './migrate';
export { ensureApplicationRole, ensureOwnerAndDatabase } from './roles';
export { embeddedDefaults, embeddedUrls } from './defaults';
export { withSharedTenantTransaction, withTenant, type TenantScope } from './tenancy/tenant-context';
export { makePendingAccessCheck, oneTripBatch, readInOneTrip, type OneTripRead, type ReadStatement } from './tenancy/one-trip-read';
export { withAccessCheckPending, type ExpectedAccess } from './tenancy/access-check';
export { defineTenantEntity } from './tenancy/define-tenant-entity';
export { lockCompany } from './tenancy/lock-company';
export { pageOf, type PageRequest } from './tenancy/page-of';
export { sessionVariables } from './tenancy/session';
export { MikroORM, UniqueConstraintViolationException, type EntityManager, type EntityName, type FilterQuery, type FindOptions } from '@mikro-orm/postgresql';
export { createMailer, type Mailer, type MailMessage } from './mail/mailer';
export { assertProductionDatabaseUrl, assertProductionSecret, developmentAuthSecret, developmentOperatorSecret, operatorSecret, secretProblem } from './secrets';
export * from './operator';
export { notifyAndMail, type CompanyNotice } from './notifications/notify-and-mail';
export { deliverNotice, type Delivery, type Notice } from './notifications/deliver-notice';
export { notifyPerson, type PersonalNotice } from './notifications/notify-person';
export { notifyModuleUpdate, type ModuleUpdateNotice } from './notifications/notify-module-update';
export { openHelpTicket, type NewHelpTicket } from './help/open-ticket';
export * from './help/chat';
export {
  countUnread,
  listNotices,
  loadChoices,
  markRead,
  noticeListStatement,
  noticeRowsFrom,
  seesNotice,
  unreadCountStatement,
  type NoticeFilter,
  type NoticeReader,
  type NoticeRow,
} from './notifications/notice-reader';
export * from './analytics';
export { assignInvoiceNumber } from './billing/invoice-number';
