import type { HelpTicketCategory, HelpTicketPriority, HelpTicketSource, ModuleKey } from '@atrium/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Company } from '../entities/company';
import { HelpTicket, type HelpTicketEntity } from '../entities/help/help-ticket';
import { HelpTicketMessage, type HelpTicketMessageEntity } from '../entities/help/help-ticket-message';

export interface NewHelpTicket {
  companyId: string;
  /** The person who opens it (account id and name as shown in the thread). */
  openedBy: { userId: string; name: string };
  subject: string;
  category: HelpTicketCategory;
  module?: ModuleKey | null;
  priority: HelpTicketPriority;
  /** The first message of the thread. */
  body: string;
  source: HelpTicketSource;
  chatId?: string | null;
}

/**
 * Opens a ticket with its first message, inside the caller's company transaction (the
 * ticket form, or the `chat:{id}` workflow's activity turning an unanswered chat into a
 * ticket). It only persists: the caller flushes, so the ticket and whatever else it
 * writes commit together.
 */
export function openHelpTicket(em: EntityManager, input: NewHelpTicket): { ticket: HelpTicketEntity; message: HelpTicketMessageEntity } {
  const company = em.getReference(Company, input.companyId);
  const ticket = em.create(HelpTicket, {
    company,
    createdBy: input.openedBy.userId,
    subject: input.subject,
    category: input.category,
    module: input.category === 'module' ? (input.module ?? null) : null,
    priority: input.priority,
    status: 'open',
    source: input.source,
    chatId: input.chatId ?? null,
    assignedOperatorId: null,
  });
  const message = em.create(HelpTicketMessage, {
    company,
    createdBy: input.openedBy.userId,
    ticket,
    authorKind: 'person',
    operatorId: null,
    authorName: input.openedBy.name,
    body: input.body,
  });
  return { ticket, message };
}
