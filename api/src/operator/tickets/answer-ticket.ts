import type { HelpTicketStatus, OperatorView } from '@atrium/core';
import { HelpTicketMessage, notifyPerson, Operator, withTenant, type HelpTicketEntity } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { operatorScope } from '../operator-session';
import { recordOperatorAudit } from '../record-operator-audit';
import { ticketForOperator } from './inbox';

/**
 * What an operator does with a ticket: answer it, set its status, assign it. Each runs in
 * the console's operator + system context with its operator audit event; the reply's mail
 * and bell notice go out once the reply has committed.
 */

export const consoleScope = (operator: OperatorView, what: string) => ({ operator: operatorScope(operator), system: `operator console: ${what}` });
const idOf = (reference: unknown) => (reference as { id: string }).id;

export async function answerTicket(deps: ApiDependencies, operator: OperatorView, ticketId: string, body: string) {
  const { ticket, messageId } = await withTenant(deps.orm, consoleScope(operator, `answer ticket ${ticketId}`), async (em) => {
    const ticket = await ticketForOperator(em, ticketId);
    const message = em.create(HelpTicketMessage, {
      company: ticket.company,
      createdBy: null,
      ticket,
      authorKind: 'operator',
      operatorId: operator.id,
      authorName: operator.name || 'Atrium support',
      body,
    });
    // Answered: the ticket now waits on the company.
    ticket.status = 'pending';
    ticket.lastMessageAt = new Date();
    ticket.assignedOperatorId ??= operator.id;
    recordOperatorAudit(em, { operator, action: 'ticket.replied', target: ticket.subject, companyId: idOf(ticket.company), details: { ticketId, messageId: message.id } });
    await em.flush();
    return { ticket, messageId: message.id };
  });
  await tellTheOpener(deps, ticket, messageId, body);
  return ticket;
}

/**
 * The person who opened the ticket hears of each answer: a `support_reply` notice in
 * their bell and a mail (unless they switched support mail off), once per message.
 */
async function tellTheOpener(deps: ApiDependencies, ticket: HelpTicketEntity, messageId: string, body: string): Promise<void> {
  if (!ticket.createdBy) return;
  const companyId = idOf(ticket.company);
  const excerpt = body.length > 600 ? `${body.slice(0, 600)}…` : body;
  try {
    await notifyPerson(
      deps.orm,
      deps.mailer,
      {
        userId: ticket.createdBy,
        companyId,
        kind: 'support_reply',
        category: 'support',
        title: `Atrium support answered “${ticket.subject}”`,
        body: excerpt,
        dedupeKey: `support-reply:${messageId}`,
      },
      `Read the whole thread and reply: ${deps.config.publicUrl}/${companyId}/help/tickets/${ticket.id}`,
    );
  } catch (error) {
    // The answer is saved and shows in the thread; a mail server that is down must not make the operator send it twice.
    deps.logger.error({ error: String(error), ticketId: ticket.id, messageId }, 'the support reply notice failed');
  }
}

export async function setTicketStatus(deps: ApiDependencies, operator: OperatorView, ticketId: string, status: HelpTicketStatus) {
  return withTenant(deps.orm, consoleScope(operator, `set status of ticket ${ticketId}`), async (em) => {
    const ticket = await ticketForOperator(em, ticketId);
    const from = ticket.status;
    if (from !== status) {
      ticket.status = status;
      recordOperatorAudit(em, { operator, action: 'ticket.status_changed', target: ticket.subject, companyId: idOf(ticket.company), details: { ticketId, from, to: status } });
      await em.flush();
    }
    return ticket;
  });
}

export async function assignTicket(deps: ApiDependencies, operator: OperatorView, ticketId: string, assigneeId: string | null) {
  return withTenant(deps.orm, consoleScope(operator, `assign ticket ${ticketId}`), async (em) => {
    const ticket = await ticketForOperator(em, ticketId);
    const assignee = assigneeId ? await em.findOne(Operator, { id: assigneeId, disabledAt: null }) : null;
    if (assigneeId && !assignee) throw new HttpError(400, 'unknown_operator', 'There is no active operator with that id.', { operatorId: 'Choose an operator from the list.' });
    if (ticket.assignedOperatorId !== assigneeId) {
      ticket.assignedOperatorId = assigneeId;
      recordOperatorAudit(em, {
        operator,
        action: 'ticket.assigned',
        target: ticket.subject,
        companyId: idOf(ticket.company),
        details: { ticketId, to: assignee ? assignee.email : null },
      });
      await em.flush();
    }
    return ticket;
  });
}
