import { addDays, notificationCategoryRules, reachesModule, startOfDay, type CompanyRole, type ModuleKey } from '@atrium/core';
import { listNotices, loadChoices, withTenant, type Mailer, type MikroORM } from '@atrium/db';
import type { NotificationActivities } from '@atrium/workflows';

/** At most this many notices are listed in one digest; the rest are behind the link to the bell. */
const digestLength = 30;

/**
 * The daily digest: for each person who asked for one, the notices of `day` they see and
 * have not read, in one mail. The person's row is marked sent for `day` in the same
 * transaction that reads their notices, so a retried or repeated run skips them (a crash
 * before the mail leaves loses it rather than doubling it). People who left the company,
 * and days with nothing unread, get no mail.
 */
export function sendNotificationDigests(orm: MikroORM, mailer: Mailer): NotificationActivities['sendNotificationDigests'] {
  return async ({ day }) => {
    const due = await withTenant(orm, { system: 'notifications: daily digest' }, (em) =>
      em.execute<{ company_id: string; user_id: string }[]>(
        `select company_id, user_id from notification_digest where enabled and (last_sent_on is null or last_sent_on < cast(? as date)) order by company_id, user_id`,
        [day],
        'all',
      ),
    );
    let sent = 0;
    for (const { company_id: companyId, user_id: userId } of due) {
      const mail = await withTenant(orm, { companyId }, async (em) => {
        const claimed = await em.execute<{ user_id: string }[]>(
          `update notification_digest set last_sent_on = cast(? as date), updated_at = now()
           where user_id = ? and enabled and (last_sent_on is null or last_sent_on < cast(? as date)) returning user_id`,
          [day, userId, day],
          'all',
        );
        if (claimed.length === 0) return null;
        const [person] = await em.execute<{ role: CompanyRole; module_roles: Record<string, string> | null; email: string; company: string }[]>(
          `select m.role, m.module_roles, u.email, c.name as company from membership m join "user" u on u.id = m.user_id join company c on c.id = m.company_id where m.user_id = ?`,
          [userId],
          'all',
        );
        if (!person) return null;
        const installed = await em.execute<{ module: ModuleKey }[]>(`select module from module_installation where status = 'active'`, [], 'all');
        const modules = installed.map((row) => row.module).filter((module) => reachesModule(person.role, person.module_roles ?? {}, module));
        const reader = { userId, role: person.role, modules, choices: await loadChoices(em, userId) };
        const notices = await listNotices(em, reader, { unreadOnly: true, since: startOfDay(day), before: startOfDay(addDays(day, 1)) }, digestLength);
        if (notices.length === 0) return null;
        const lines = notices.map((notice) => `- ${notice.title} (${notificationCategoryRules[notice.category].label})\n  ${notice.body}`);
        return {
          to: person.email,
          subject: `${person.company}: ${notices.length} unread ${notices.length === 1 ? 'notice' : 'notices'} today`,
          text: `What happened in ${person.company} on ${day} that you have not read yet:\n\n${lines.join('\n\n')}\n\nOpen the bell in Atrium to read them, or change your digest under Notifications → Preferences.`,
        };
      });
      if (!mail) continue;
      await mailer.send(mail);
      sent += 1;
    }
    return { sent };
  };
}
