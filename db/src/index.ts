export * from './entities';
export { ormConfig } from './config';
export { migrateDatabase } from './migrate';
export { ensureApplicationRole, ensureOwnerAndDatabase } from './roles';
export { embeddedDefaults, embeddedUrls } from './defaults';
export { withTenant, type TenantScope } from './tenancy/tenant-context';
export { sessionVariables } from './tenancy/session';
export { MikroORM, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
export { createMailer, type Mailer, type MailMessage } from './mail/mailer';
