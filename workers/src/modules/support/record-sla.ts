import { deliverNotice, SupportTicket, withTenant, type Mailer, type MikroORM } from '@atrium/db';
import type { SupportActivities } from '@atrium/workflows';

const targetWords = { firstResponse: 'first reply', resolution: 'resolution' } as const;

/**
 * The SLA as the ticket's workflow sees it, written onto the ticket (the inbox's
 * "breaching" view and its badges read these columns), and for a warning or a breach a
 * notice to the assignee (or everyone in Support desk when nobody has it), mailed once:
 * the dedupe key is (ticket, target, kind), so a retried activity notifies nobody twice.
 */
export function recordSupportSla(orm: MikroORM, mailer: Mailer): SupportActivities['recordSupportSla'] {
  return async ({ companyId, ticketId, slaStatus, firstResponseDueAt, resolutionDueAt, event }) => {
    const ticket = await withTenant(orm, { companyId }, async (em) => {
      const found = await em.findOne(SupportTicket, { id: ticketId });
      if (!found) return null;
      found.slaStatus = slaStatus;
      found.firstResponseDueAt = firstResponseDueAt ? new Date(firstResponseDueAt) : null;
      found.resolutionDueAt = resolutionDueAt ? new Date(resolutionDueAt) : null;
      await em.flush();
      return { number: found.number, subject: found.subject, assigneeId: found.assigneeId ?? null };
    });
    if (!ticket || !event) return;
    const what = targetWords[event.target];
    const warning = event.kind === 'warning';
    await deliverNotice(
      orm,
      mailer,
      {
        companyId,
        kind: warning ? 'support_sla_warning' : 'support_sla_breach',
        module: 'support',
        title: warning ? `Ticket #${ticket.number} is close to its ${what} target` : `Ticket #${ticket.number} missed its ${what} target`,
        body: warning
          ? `"${ticket.subject}" has a quarter of its ${what} time left. Answer it in Support desk before it breaches.`
          : `"${ticket.subject}" is past its ${what} target. It shows under Breaching in Support desk.`,
        dedupeKey: `support-sla:${ticketId}:${event.target}:${event.kind}`,
        recipientUserId: ticket.assigneeId,
      },
      { footer: 'Open Support desk in Atrium to answer it.' },
    );
  };
}
