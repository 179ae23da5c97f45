import { randomUUID } from 'node:crypto';
import { withTenant, type Mailer, type MikroORM } from '@atrium/db';

export interface PersonalNotice {
  companyId: string;
  /** The account the notice is for: only they see it in the shell, and it is mailed to them. */
  userId: string;
  kind: string;
  title: string;
  body: string;
  /** Business key: writing it twice leaves one row and sends one mail. */
  dedupeKey: string;
}

/**
 * An in-app notice for one person and a mail to them, sent only when the notice is new (a
 * crash between the two loses the mail rather than doubling it, as in `notifyAndMail`).
 */
export async function notifyPerson(orm: MikroORM, mailer: Mailer, notice: PersonalNotice, footer: string): Promise<void> {
  const { inserted, email } = await withTenant(orm, { companyId: notice.companyId }, async (em) => {
    const rows = await em.execute<{ id: string }[]>(
      `insert into notification (id, company_id, kind, title, body, dedupe_key, recipient_user_id, created_at)
       values (?, ?, ?, ?, ?, ?, ?, now()) on conflict (company_id, dedupe_key) do nothing returning id`,
      [randomUUID(), notice.companyId, notice.kind, notice.title, notice.body, notice.dedupeKey, notice.userId],
      'all',
    );
    const people = await em.execute<{ email: string }[]>(
      `select u.email from membership m join "user" u on u.id = m.user_id where m.user_id = ?`,
      [notice.userId],
      'all',
    );
    return { inserted: rows.length > 0, email: people[0]?.email };
  });
  if (inserted && email) await mailer.send({ to: email, subject: notice.title, text: `${notice.body}\n\n${footer}` });
}
