import { randomUUID } from 'node:crypto';
import {
  categoryOfKind,
  mailsTo,
  moduleScopedCategories,
  notificationCategoryRules,
  reachesModule,
  type CompanyRole,
  type ModuleKey,
  type NotificationCategory,
  type NotificationChoice,
} from '@atrium/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Mailer } from '../mail/mailer';
import { withTenant } from '../tenancy/tenant-context';

export interface Notice {
  companyId: string;
  /** What happened, exactly (`upcoming_charge`); its category follows unless given. */
  kind: string;
  category?: NotificationCategory;
  /** The module it is about; for a module's news and work, only people who can open it see it and are mailed. */
  module?: ModuleKey | null;
  title: string;
  body: string;
  /** Business key of the notice: writing it twice leaves one row (and sends one mail). */
  dedupeKey: string;
  /** For one person only; otherwise for the people of its category. */
  recipientUserId?: string | null;
}

export interface Delivery {
  /** Mailed only to these roles (the category's audience, the person's choice and the mandatory mail decide among them). */
  mailRoles?: readonly CompanyRole[];
  /** The mail's last paragraph: where to act on it. */
  footer: string;
}

interface Person {
  user_id: string;
  email: string;
  role: CompanyRole;
  module_roles: Record<string, string> | null;
}

/**
 * Writes a notice once per dedupe key and mails the people it concerns, after the row is
 * committed: a retried activity finds its own row and mails nobody twice (a crash between
 * the two loses the mail rather than doubling it). Who is mailed: the notice's person, or
 * the members of its category's audience (who can open its module), each unless they
 * switched this category's mail off, which owners and billing managers cannot do for
 * failed payments. The insert NOTIFYs every API process, which updates the bells.
 */
export async function deliverNotice(orm: MikroORM, mailer: Mailer, notice: Notice, delivery: Delivery): Promise<{ created: boolean; mailedTo: string[] }> {
  const category = notice.category ?? categoryOfKind(notice.kind);
  const { created, mailTo } = await withTenant(orm, { companyId: notice.companyId }, async (em) => {
    const rows = await em.execute<{ id: string }[]>(
      `insert into notification (id, company_id, kind, category, module, title, body, dedupe_key, recipient_user_id, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, now()) on conflict (company_id, dedupe_key) do nothing returning id`,
      [randomUUID(), notice.companyId, notice.kind, category, notice.module ?? null, notice.title, notice.body, notice.dedupeKey, notice.recipientUserId ?? null],
      'all',
    );
    if (rows.length === 0) return { created: false, mailTo: [] };
    return { created: true, mailTo: await mailRecipients(em, notice, category, delivery.mailRoles) };
  });
  for (const to of mailTo) await mailer.send({ to, subject: notice.title, text: `${notice.body}\n\n${delivery.footer}` });
  return { created, mailedTo: mailTo };
}

async function mailRecipients(em: EntityManager, notice: Notice, category: NotificationCategory, mailRoles: readonly CompanyRole[] | undefined): Promise<string[]> {
  const people = notice.recipientUserId
    ? await em.execute<Person[]>(
        `select m.user_id, u.email, m.role, m.module_roles from membership m join "user" u on u.id = m.user_id where m.user_id = ?`,
        [notice.recipientUserId],
        'all',
      )
    : (
        await em.execute<Person[]>(
          `select m.user_id, u.email, m.role, m.module_roles from membership m join "user" u on u.id = m.user_id where m.role in (?) order by u.email`,
          [[...notificationCategoryRules[category].audience]],
          'all',
        )
      ).filter(
        (person) =>
          (!mailRoles || mailRoles.includes(person.role)) &&
          (!notice.module || !moduleScopedCategories.includes(category) || reachesModule(person.role, person.module_roles ?? {}, notice.module)),
      );
  if (people.length === 0) return [];
  const choices = await em.execute<{ user_id: string; in_app: boolean; mail: boolean }[]>(
    `select user_id, in_app, mail from notification_preference where category = ? and user_id in (?)`,
    [category, people.map((person) => person.user_id)],
    'all',
  );
  const choiceOf = new Map<string, NotificationChoice>(choices.map((choice) => [choice.user_id, { inApp: choice.in_app, mail: choice.mail }]));
  return people.filter((person) => mailsTo(category, person.role, choiceOf.get(person.user_id))).map((person) => person.email);
}
