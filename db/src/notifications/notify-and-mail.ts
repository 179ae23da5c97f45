import { randomUUID } from 'node:crypto';
import type { CompanyRole } from '@atrium/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Mailer } from '../mail/mailer';
import { withTenant } from '../tenancy/tenant-context';

export interface CompanyNotice {
  companyId: string;
  kind: string;
  title: string;
  body: string;
  /** Business key of the notice: writing it twice leaves one row (and sends one mail). */
  dedupeKey: string;
}

/**
 * An in-app notice for the company and a mail to the people in `roles`. The mail goes out
 * only when the notice is new, so a retried activity does not mail twice (a crash between
 * the two loses the mail rather than doubling it).
 */
export async function notifyAndMail(orm: MikroORM, mailer: Mailer, notice: CompanyNotice, roles: readonly CompanyRole[], footer: string): Promise<void> {
  const { inserted, recipients } = await withTenant(orm, { companyId: notice.companyId }, async (em) => {
    const rows = await em.execute<{ id: string }[]>(
      `insert into notification (id, company_id, kind, title, body, dedupe_key, created_at)
       values (?, ?, ?, ?, ?, ?, now()) on conflict (company_id, dedupe_key) do nothing returning id`,
      [randomUUID(), notice.companyId, notice.kind, notice.title, notice.body, notice.dedupeKey],
      'all',
    );
    const people = await em.execute<{ email: string }[]>(
      `select u.email from membership m join "user" u on u.id = m.user_id where m.role in (?) order by u.email`,
      [roles],
      'all',
    );
    return { inserted: rows.length > 0, recipients: people.map((person) => person.email) };
  });
  if (!inserted) return;
  for (const to of recipients) await mailer.send({ to, subject: notice.title, text: `${notice.body}\n\n${footer}` });
}
