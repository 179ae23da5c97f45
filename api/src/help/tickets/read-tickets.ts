import { readsWholeSupportHistory, type CompanyRole, type TicketMessageView, type TicketSummary, type TicketView } from '@atrium/core';
import { HelpTicket, HelpTicketAttachment, HelpTicketMessage, type EntityManager, type HelpTicketEntity } from '@atrium/db';
import { notFound } from '../../http/http-error';

/**
 * What a company reads of its tickets to Atrium, inside its own tenant transaction (RLS
 * keeps other companies' tickets out), and what the operators' console reads in its
 * operator + system context: the same thread, the same views.
 */

export interface Reader {
  userId: string;
  role: CompanyRole;
}

const idOf = (reference: unknown) => (reference as { id: string }).id;

/** The name of whoever opened each ticket: the first message's author, as written. */
export async function openerNames(em: EntityManager, ticketIds: string[]): Promise<Map<string, string>> {
  if (ticketIds.length === 0) return new Map();
  const rows = await em.getConnection().execute<{ ticket_id: string; author_name: string }[]>(
    `select distinct on (ticket_id) ticket_id, author_name from help_ticket_message where ticket_id in (?) order by ticket_id, created_at, id`,
    [ticketIds],
    'all',
    em.getTransactionContext(),
  );
  return new Map(rows.map((row) => [row.ticket_id, row.author_name]));
}

export function summaryOf(ticket: HelpTicketEntity, openedByName: string, userId: string | null): TicketSummary {
  return {
    id: ticket.id,
    subject: ticket.subject,
    category: ticket.category,
    module: ticket.module ?? null,
    priority: ticket.priority,
    status: ticket.status,
    source: ticket.source,
    openedByName,
    openedByMe: userId !== null && ticket.createdBy === userId,
    createdAt: ticket.createdAt.toISOString(),
    lastMessageAt: ticket.lastMessageAt.toISOString(),
  };
}

/** The company's support history: all of it for owners and admins, one's own tickets for everyone else. */
export async function listTickets(em: EntityManager, reader: Reader, filter: { status?: TicketSummary['status'] | undefined }): Promise<TicketSummary[]> {
  const tickets = await em.find(
    HelpTicket,
    {
      ...(readsWholeSupportHistory(reader.role) ? {} : { createdBy: reader.userId }),
      ...(filter.status ? { status: filter.status } : {}),
    },
    { orderBy: { lastMessageAt: 'desc', id: 'desc' }, limit: 500 },
  );
  const names = await openerNames(em, tickets.map((ticket) => ticket.id));
  return tickets.map((ticket) => summaryOf(ticket, names.get(ticket.id) ?? '', reader.userId));
}

/**
 * A ticket the reader may read, or a 404: someone who may not read it learns no more than
 * from a ticket that does not exist.
 */
export async function readableTicket(em: EntityManager, ticketId: string, reader: Reader): Promise<HelpTicketEntity> {
  const ticket = await em.findOne(HelpTicket, { id: ticketId });
  if (!ticket || (!readsWholeSupportHistory(reader.role) && ticket.createdBy !== reader.userId)) throw notFound('There is no such ticket in your support history.');
  return ticket;
}

/** The thread, oldest first, each message with its attachments (their bytes stay in the database). */
export async function threadOf(em: EntityManager, ticketId: string): Promise<TicketMessageView[]> {
  const messages = await em.find(HelpTicketMessage, { ticket: ticketId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const attachments = messages.length
    ? await em.find(HelpTicketAttachment, { message: { $in: messages.map((message) => message.id) } }, { orderBy: { createdAt: 'asc', id: 'asc' } })
    : [];
  return messages.map((message) => ({
    id: message.id,
    authorKind: message.authorKind,
    authorName: message.authorName,
    body: message.body,
    attachments: attachments.filter((attachment) => idOf(attachment.message) === message.id).map(attachmentView),
    createdAt: message.createdAt.toISOString(),
  }));
}

export function attachmentView(attachment: { id: string; filename: string; contentType: string; size: number; createdAt: Date }) {
  return {
    id: attachment.id,
    filename: attachment.filename,
    contentType: attachment.contentType as TicketMessageView['attachments'][number]['contentType'],
    size: attachment.size,
    createdAt: attachment.createdAt.toISOString(),
  };
}

export async function ticketView(em: EntityManager, ticket: HelpTicketEntity, userId: string | null): Promise<TicketView> {
  const messages = await threadOf(em, ticket.id);
  return { ...summaryOf(ticket, messages[0]?.authorName ?? '', userId), messages };
}
