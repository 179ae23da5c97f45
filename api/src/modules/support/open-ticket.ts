import { supportKit, type Entitlements, type SupportPriority } from '@atrium/core';
import { SupportMessage, SupportTicket, type EntityManager, type SupportTicketEntity } from '@atrium/db';
import type { SupportTicketSlaInput } from '@atrium/workflows';
import { currentPeriodStart, reserveUsage, type UsageChange } from '../kit/usage';
import { policyOf } from './support-context';

export interface NewTicket {
  source: 'mail' | 'form' | 'agent';
  requesterEmail: string;
  requesterName: string;
  subject: string;
  body: string;
  priority: SupportPriority;
  assigneeId: string | null;
  tags: string[];
  /** The customer's mail's Message-ID, so their next mail threads here and a second delivery is recognised. */
  mailMessageId: string | null;
  /** The agent who wrote it down (source `agent`); null for mail and the public form. */
  createdBy: string | null;
}

export interface OpenedTicket {
  ticket: SupportTicketEntity;
  change: UsageChange;
  periodStart: string;
  sla: SupportTicketSlaInput | null;
}

/**
 * Opens a ticket with its first message, whichever door it came through (an agent, the
 * public form, the SMTP listener), inside the company's transaction. It counts towards
 * "tickets a month": past the plan's allowance `reserveUsage` throws 402, which each door
 * says in its own words. The company lock `reserveUsage` takes also orders the numbering.
 */
export async function openTicket(em: EntityManager, companyId: string, entitlements: Entitlements, input: NewTicket): Promise<OpenedTicket> {
  const change = await reserveUsage(em, supportKit, 'ticketsPerMonth', 1, entitlements, companyId);
  const [row] = await em.execute<{ n: number }[]>(`select coalesce(max(number), 0)::int + 1 as n from support_ticket`, [], 'all');
  const policy = await policyOf(em, null);
  const now = new Date();
  const ticket = em.create(SupportTicket, {
    company: companyId, number: row?.n ?? 1, subject: input.subject, requesterEmail: input.requesterEmail.toLowerCase(), requesterName: input.requesterName,
    status: 'open', priority: input.priority, assigneeId: input.assigneeId, tags: input.tags, source: input.source, slaPolicyId: policy?.id ?? null,
    slaStatus: 'on_track', firstResponseDueAt: null, resolutionDueAt: null, firstRespondedAt: null, solvedAt: null, lastMessageAt: now, createdBy: input.createdBy,
  });
  em.create(SupportMessage, {
    company: companyId, ticket, direction: 'inbound', authorName: input.requesterName || input.requesterEmail, authorEmail: input.requesterEmail.toLowerCase(),
    authorUserId: null, body: input.body, mailMessageId: input.mailMessageId, createdBy: input.createdBy,
  });
  await em.flush();
  const sla: SupportTicketSlaInput | null = policy
    ? { companyId, ticketId: ticket.id, priority: ticket.priority, targets: policy.targets, openedAt: now.toISOString(), status: 'open' }
    : null;
  return { ticket, change, periodStart: await currentPeriodStart(em), sla };
}
