import { SupportMessage, SupportTicket, type EntityManager, type SupportTicketEntity } from '@atrium/db';
import { ticketSummary, type SupportActor } from './support-context';

/** A ticket as its page shows it: the thread, oldest first, and the requester's other tickets. */
export async function ticketView(em: EntityManager, ticket: SupportTicketEntity, actor: SupportActor) {
  const messages = await em.find(SupportMessage, { ticket: ticket.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const history = await em.find(SupportTicket, { requesterEmail: ticket.requesterEmail, id: { $ne: ticket.id } }, { orderBy: { createdAt: 'desc' }, limit: 10 });
  return {
    ...ticketSummary(ticket),
    messages: messages.map((message) => ({
      id: message.id, direction: message.direction, authorName: message.authorName, authorEmail: message.authorEmail ?? null, body: message.body, createdAt: message.createdAt.toISOString(),
    })),
    history: history.map((other) => ({ id: other.id, number: other.number, subject: other.subject, status: other.status, createdAt: other.createdAt.toISOString() })),
    canUpdate: actor.canUpdate,
  };
}

