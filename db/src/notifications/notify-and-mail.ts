import type { CompanyRole } from '@atrium/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Mailer } from '../mail/mailer';
import { deliverNotice, type Notice } from './deliver-notice';

/** A notice for the people of its category in a company. */
export type CompanyNotice = Omit<Notice, 'recipientUserId'>;

/**
 * An in-app notice for the company and a mail to the people in `roles` who want it (see
 * `deliverNotice`). Kept for the writers that name the roles to mail.
 */
export async function notifyAndMail(orm: MikroORM, mailer: Mailer, notice: CompanyNotice, roles: readonly CompanyRole[], footer: string): Promise<void> {
  await deliverNotice(orm, mailer, notice, { mailRoles: roles, footer });
}
