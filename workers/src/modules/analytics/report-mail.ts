import { randomUUID } from 'node:crypto';
import { withTenant, type Mailer, type MikroORM } from '@atrium/db';
import type { AnalyticsActivities } from '@atrium/workflows';
import { reportHtml, reportSubject, reportText } from './report-html';
import { renderReportPdf } from './report-pdf';

/**
 * Mails the report to its recipients, once per (report, period): the mailing's row is
 * written in the same transaction as the sending, so a retry after a crash before the
 * commit sends again (a mail may arrive twice), and a retry after it sends nothing.
 */
export function mailAnalyticsReport(orm: MikroORM, mailer: Mailer): AnalyticsActivities['mailAnalyticsReport'] {
  return ({ companyId, reportId, summary }) =>
    withTenant(orm, { companyId }, async (em) => {
      const inserted = await em.execute<{ id: string }[]>(
        `insert into analytics_report_run (id, company_id, created_at, updated_at, report_id, period, sent_at) select ?, company_id, now(), now(), id, ?, now() from analytics_report where id = ?
         on conflict (report_id, period) do nothing returning id`,
        [randomUUID(), summary.period.key, reportId],
        'all',
      );
      if (inserted.length === 0) return 'already_sent';
      await em.execute(`update analytics_report set last_sent_period = ? where id = ?`, [summary.period.key, reportId]);
      const pdf = await renderReportPdf(summary);
      const filename = `${summary.dashboardName.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}-${summary.period.key}.pdf`;
      for (const to of summary.recipients) {
        await mailer.send({ to, subject: reportSubject(summary), text: reportText(summary), html: reportHtml(summary), attachments: [{ filename, content: pdf, contentType: 'application/pdf' }] });
      }
      return 'sent';
    });
}
