import { Notification, withTenant, type Mailer, type MikroORM } from '@atrium/db';
import type { BillingActivities } from '@atrium/workflows';
import { randomUUID } from 'node:crypto';

/**
 * A billing notice: in the dashboard for the company, and by mail to its owners and
 * billing managers. The mail goes out only when the notice is new, so a retried activity
 * does not mail twice (a crash between the two loses the mail, never doubles it).
 */
export function notifyBillingContacts(orm: MikroORM, mailer: Mailer): BillingActivities['notifyBillingContacts'] {
  return async (notice) => {
    const { inserted, recipients } = await withTenant(orm, { companyId: notice.companyId }, async (em) => {
      const rows = await em.execute<{ id: string }[]>(
        `insert into notification (id, company_id, kind, title, body, dedupe_key, created_at)
         values (?, ?, ?, ?, ?, ?, now()) on conflict (company_id, dedupe_key) do nothing returning id`,
        [randomUUID(), notice.companyId, notice.kind, notice.title, notice.body, notice.dedupeKey],
        'all',
      );
      const people = await em.execute<{ email: string }[]>(
        `select u.email from membership m join "user" u on u.id = m.user_id where m.role in ('owner', 'billing') order by u.email`,
        [],
        'all',
      );
      return { inserted: rows.length > 0, recipients: people.map((person) => person.email) };
    });
    if (!inserted) return;
    for (const to of recipients) {
      await mailer.send({ to, subject: notice.title, text: `${notice.body}\n\nOpen Billing in Atrium to see your invoices and cards.` });
    }
  };
}
