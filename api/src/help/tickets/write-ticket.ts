import { moduleNames, ticketAttachmentRules, type OpenTicketRequest } from '@atrium/core';
import { HelpTicketMessage, openHelpTicket, withTenant } from '@atrium/db';
import { recordAudit } from '../../audit/record-audit';
import type { ApiDependencies } from '../../deps';
import type { Person } from '../../http/guards';
import { HttpError } from '../../http/http-error';
import { readableTicket, threadOf, type Reader } from './read-tickets';

/**
 * A company's own verbs on its tickets: open one (the form), reply, close and reopen. Each
 * runs in the company's transaction with its audit event; the attachments follow the
 * message they belong to, one upload each (./attachments.ts).
 */

export interface Actor extends Reader {
  companyId: string;
  person: Person;
}

const scopeOf = (actor: Actor) => ({ companyId: actor.companyId, userId: actor.person.id });
const nameOf = (person: Person) => person.name || person.email;

export async function openTicket(deps: ApiDependencies, actor: Actor, request: OpenTicketRequest) {
  return withTenant(deps.orm, scopeOf(actor), async (em) => {
    const { ticket } = openHelpTicket(em, {
      companyId: actor.companyId,
      openedBy: { userId: actor.person.id, name: nameOf(actor.person) },
      subject: request.subject,
      category: request.category,
      module: request.module ?? null,
      priority: request.priority,
      body: request.description,
      source: 'form',
    });
    recordAudit(em, {
      companyId: actor.companyId,
      actor: actor.person,
      category: 'company',
      action: 'support.ticket_opened',
      target: request.subject.slice(0, 254),
      details: { ticketId: ticket.id, category: request.category, ...(request.category === 'module' && request.module ? { module: moduleNames[request.module] } : {}), priority: request.priority },
    });
    await em.flush();
    const [written] = await threadOf(em, ticket.id);
    return { ticketId: ticket.id, message: written!, attachmentsAllowed: ticketAttachmentRules.maxPerMessage };
  });
}

/** The person's reply: the ticket waits on Atrium again, whatever it was (a reply reopens a closed ticket). */
export async function replyAsPerson(deps: ApiDependencies, actor: Actor, ticketId: string, body: string) {
  return withTenant(deps.orm, scopeOf(actor), async (em) => {
    const ticket = await readableTicket(em, ticketId, actor);
    const message = em.create(HelpTicketMessage, {
      company: ticket.company,
      createdBy: actor.person.id,
      ticket,
      authorKind: 'person',
      operatorId: null,
      authorName: nameOf(actor.person),
      body,
    });
    const reopened = ticket.status === 'closed' || ticket.status === 'solved';
    ticket.status = 'open';
    ticket.lastMessageAt = new Date();
    if (reopened) recordAudit(em, { companyId: actor.companyId, actor: actor.person, category: 'company', action: 'support.ticket_reopened', target: ticket.subject, details: { ticketId } });
    await em.flush();
    const thread = await threadOf(em, ticket.id);
    return { ticketId, message: thread.find((entry) => entry.id === message.id)!, attachmentsAllowed: ticketAttachmentRules.maxPerMessage };
  });
}

/** Close a ticket (the question is answered) or open it again. */
export async function setStatusAsPerson(deps: ApiDependencies, actor: Actor, ticketId: string, status: 'open' | 'closed') {
  return withTenant(deps.orm, scopeOf(actor), async (em) => {
    const ticket = await readableTicket(em, ticketId, actor);
    const closing = status === 'closed';
    if (closing ? ticket.status === 'closed' : ticket.status === 'open' || ticket.status === 'pending') return ticket;
    ticket.status = status;
    recordAudit(em, {
      companyId: actor.companyId,
      actor: actor.person,
      category: 'company',
      action: closing ? 'support.ticket_closed' : 'support.ticket_reopened',
      target: ticket.subject,
      details: { ticketId },
    });
    await em.flush();
    return ticket;
  });
}

/** The message an upload goes to: one of the person's own in a ticket they may read. */
export async function ownMessage(em: Parameters<typeof readableTicket>[0], actor: Actor, ticketId: string, messageId: string) {
  await readableTicket(em, ticketId, actor);
  const message = await em.findOne(HelpTicketMessage, { id: messageId, ticket: ticketId });
  if (!message) throw new HttpError(404, 'not_found', 'There is no such message in this ticket.');
  if (message.authorKind !== 'person' || message.createdBy !== actor.person.id) {
    throw new HttpError(403, 'forbidden', 'You can attach files only to your own messages.');
  }
  return message;
}
