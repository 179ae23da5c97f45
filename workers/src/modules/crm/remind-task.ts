import { CrmTask, withTenant, type Mailer, type MikroORM } from '@atrium/db';
import type { CrmActivities } from '@atrium/workflows';
import { randomUUID } from 'node:crypto';

/**
 * The reminder for a due CRM task: an in-app notice and a mail to its assignee. Keyed by
 * (task, due time): a retry finds `remindedAt` set, or the notice's dedupe key, and sends nothing.
 */
export function remindCrmTask(orm: MikroORM, mailer: Mailer): CrmActivities['remindCrmTask'] {
  return async ({ companyId, taskId, dueAt }) => {
    const sent = await withTenant(orm, { companyId }, async (em) => {
      const task = await em.findOne(CrmTask, { id: taskId });
      if (!task || task.completedAt || task.dueAt.toISOString() !== new Date(dueAt).toISOString()) return null;
      if (task.remindedAt) return { task, mailTo: null };
      task.remindedAt = new Date();
      await em.execute(
        `insert into notification (id, company_id, kind, category, module, title, body, dedupe_key, recipient_user_id, created_at)
         values (?, ?, 'crm_task', 'module_activity', 'crm', ?, ?, ?, ?, now()) on conflict (company_id, dedupe_key) do nothing`,
        // "Your CRM task": the assignee's notice, not the whole company's.
        [randomUUID(), companyId, `Task due: ${task.title}`, `Your CRM task "${task.title}" is due now.`, `crm-task:${taskId}:${task.dueAt.toISOString()}`, task.assigneeId],
      );
      const [person] = await em.execute<{ email: string }[]>(`select email from "user" where id = ?`, [task.assigneeId], 'all');
      await em.flush();
      return { task, mailTo: person?.email ?? null };
    });
    if (!sent) return 'skipped';
    if (sent.mailTo) await mailer.send({ to: sent.mailTo, subject: `Task due: ${sent.task.title}`, text: `Your CRM task "${sent.task.title}" is due now.\n\nOpen CRM in Atrium to follow up.` });
    return 'reminded';
  };
}
