import type { InboxTicket, OperatorTicketView } from '@atrium/core';
import { Company, HelpTicket, Operator, type EntityManager, type HelpTicketEntity } from '@atrium/db';
import { notFound } from '../../http/http-error';
import { openerNames, summaryOf, threadOf } from '../../help/tickets/read-tickets';

/**
 * The support inbox across companies, read in the console's operator + system context:
 * tickets with their company's name and whom they are assigned to.
 */

export interface InboxFilter {
  status?: InboxTicket['status'] | 'active' | undefined;
  assigned?: 'all' | 'mine' | 'unassigned' | undefined;
}

const idOf = (reference: unknown) => (reference as { id: string }).id;

async function decorate(em: EntityManager, tickets: HelpTicketEntity[]): Promise<InboxTicket[]> {
  const companyIds = [...new Set(tickets.map((ticket) => idOf(ticket.company)))];
  const operatorIds = [...new Set(tickets.map((ticket) => ticket.assignedOperatorId).filter((id): id is string => Boolean(id)))];
  const [companies, operators, names] = await Promise.all([
    companyIds.length ? em.find(Company, { id: { $in: companyIds } }, { fields: ['id', 'name'] }) : [],
    operatorIds.length ? em.find(Operator, { id: { $in: operatorIds } }, { fields: ['id', 'name', 'email'] }) : [],
    openerNames(em, tickets.map((ticket) => ticket.id)),
  ]);
  const companyName = new Map(companies.map((company) => [company.id, company.name]));
  const operatorName = new Map(operators.map((operator) => [operator.id, operator.name || operator.email]));
  return tickets.map((ticket) => {
    const { openedByMe: _openedByMe, ...summary } = summaryOf(ticket, names.get(ticket.id) ?? '', null);
    const assigned = ticket.assignedOperatorId;
    return {
      ...summary,
      companyId: idOf(ticket.company),
      companyName: companyName.get(idOf(ticket.company)) ?? '',
      assignedOperator: assigned ? { id: assigned, name: operatorName.get(assigned) ?? 'A former operator' } : null,
    };
  });
}

/** Tickets waiting on Atrium first (open, then pending), each group by latest activity; at most 200. */
export async function inbox(em: EntityManager, operatorId: string, filter: InboxFilter): Promise<InboxTicket[]> {
  const status = filter.status === 'active' ? { status: { $in: ['open', 'pending'] as const } } : filter.status ? { status: filter.status } : {};
  const assigned = filter.assigned === 'mine' ? { assignedOperatorId: operatorId } : filter.assigned === 'unassigned' ? { assignedOperatorId: null } : {};
  const tickets = await em.find(HelpTicket, { ...status, ...assigned }, { orderBy: { lastMessageAt: 'desc', id: 'desc' }, limit: 200 });
  const rank = { open: 0, pending: 1, solved: 2, closed: 3 } as const;
  tickets.sort((a, b) => rank[a.status] - rank[b.status]);
  return decorate(em, tickets);
}

export async function ticketForOperator(em: EntityManager, ticketId: string): Promise<HelpTicketEntity> {
  const ticket = await em.findOne(HelpTicket, { id: ticketId });
  if (!ticket) throw notFound('There is no ticket with that id.');
  return ticket;
}

export async function operatorTicketView(em: EntityManager, ticket: HelpTicketEntity): Promise<OperatorTicketView> {
  const [[row], messages] = await Promise.all([decorate(em, [ticket]), threadOf(em, ticket.id)]);
  return { ...row!, messages };
}
