import type { ParsedMail } from 'mailparser';
import { SupportMessage, SupportTicket, withTenant, type EntityManager, type SupportTicketEntity } from '@atrium/db';
import type { ApiDependencies } from '../../../deps';
import { HttpError } from '../../../http/http-error';
import { tickSetupStep } from '../../kit/setup-steps';
import { openTicket } from '../open-ticket';
import { afterUsage, signalTicketSla, slaInputOf, startTicketSla } from '../support-context';
import type { SupportDesk } from '../support-desk';
import { newPartOf, referencedIds, ticketNumberInSubject } from './mail-text';

export type SupportMailDependencies = Pick<ApiDependencies, 'orm' | 'mailer' | 'temporal' | 'logger' | 'config'>;

/** Why a mail is not taken, as the SMTP reply says it (a 5xx: the sender's server bounces it with this text). */
export class MailRefusal extends Error {
  constructor(readonly responseCode: number, message: string) {
    super(message);
  }
}

export type Delivery = { outcome: 'opened' | 'threaded'; ticketId: string; number: number } | { outcome: 'duplicate' | 'ignored' };

/** A customer's mail as the desk keeps it. */
export interface InboundMail {
  fromEmail: string;
  fromName: string;
  subject: string;
  body: string;
  messageId: string | null;
  references: string[];
  autoSubmitted: boolean;
}

export function inboundMailOf(parsed: ParsedMail, envelopeFrom: string | null): InboundMail | null {
  const sender = parsed.from?.value[0];
  const fromEmail = (sender?.address || envelopeFrom || '').toLowerCase();
  if (!fromEmail) return null;
  const autoSubmitted = String(parsed.headers.get('auto-submitted') ?? 'no').toLowerCase();
  return {
    fromEmail,
    fromName: (sender?.name ?? '').slice(0, 120),
    subject: (parsed.subject ?? '').trim().slice(0, 200) || '(no subject)',
    body: newPartOf(parsed.text ?? '').slice(0, 20_000) || '(empty message)',
    messageId: parsed.messageId?.slice(0, 998) ?? null,
    references: referencedIds(parsed.inReplyTo, parsed.references),
    autoSubmitted: autoSubmitted !== 'no',
  };
}

/** The ticket a mail answers: by the Message-IDs it refers to, else by "[#n]" in its subject from the same requester. */
async function ticketAnswered(em: EntityManager, mail: InboundMail): Promise<SupportTicketEntity | null> {
  if (mail.references.length) {
    const message = await em.findOne(SupportMessage, { mailMessageId: { $in: mail.references } }, { orderBy: { createdAt: 'desc' }, populate: ['ticket'] });
    if (message) return message.ticket as SupportTicketEntity;
  }
  const number = ticketNumberInSubject(mail.subject);
  if (number === null) return null;
  return em.findOne(SupportTicket, { number, requesterEmail: mail.fromEmail });
}

/**
 * One mail for one company's desk, inside that company's tenant context (the recipient
 * named the company; nothing here can reach another's rows). An answer to a ticket joins
 * its thread and reopens it; any other mail opens a ticket, which counts towards tickets a
 * month. Past that allowance the mail is refused (552), so the sender learns it did not
 * arrive, while answers to open tickets still land. A mail seen before (same Message-ID)
 * is taken and dropped, as a server retrying after a lost reply sends it again.
 */
export async function receiveSupportMail(deps: SupportMailDependencies, desk: SupportDesk, mail: InboundMail): Promise<Delivery> {
  if (mail.autoSubmitted) return { outcome: 'ignored' };
  const { companyId } = desk;
  const result = await withTenant(deps.orm, { companyId }, async (em) => {
    if (mail.messageId && (await em.count(SupportMessage, { mailMessageId: mail.messageId }))) return { delivery: { outcome: 'duplicate' } as Delivery };
    await tickSetupStep(em, 'support', 'connect_support_mailbox');
    const ticket = await ticketAnswered(em, mail);
    if (ticket && ticket.status !== 'closed') {
      em.create(SupportMessage, {
        company: companyId, ticket, direction: 'inbound', authorName: mail.fromName || mail.fromEmail, authorEmail: mail.fromEmail, authorUserId: null,
        body: mail.body, mailMessageId: mail.messageId, createdBy: null,
      });
      ticket.lastMessageAt = new Date();
      const reopened = ticket.status !== 'open';
      ticket.status = 'open';
      ticket.solvedAt = null;
      await em.flush();
      return { delivery: { outcome: 'threaded', ticketId: ticket.id, number: ticket.number } as Delivery, reopened, sla: await slaInputOf(em, companyId, ticket) };
    }
    try {
      const opened = await openTicket(em, companyId, desk.entitlements, {
        source: 'mail', requesterEmail: mail.fromEmail, requesterName: mail.fromName, subject: mail.subject, body: mail.body,
        priority: 'normal', assigneeId: null, tags: [], mailMessageId: mail.messageId, createdBy: null,
      });
      return { delivery: { outcome: 'opened', ticketId: opened.ticket.id, number: opened.ticket.number } as Delivery, opened };
    } catch (error) {
      if (error instanceof HttpError && error.status === 402) {
        throw new MailRefusal(552, `5.2.2 ${desk.name} has received all the new support requests its plan allows this month; this message was not delivered.`);
      }
      throw error;
    }
  });
  if ('opened' in result && result.opened) {
    await startTicketSla(deps, result.opened.sla);
    await afterUsage(deps, companyId, result.opened.change, result.opened.periodStart);
  }
  if ('reopened' in result && result.reopened) await signalTicketSla(deps, result.sla ?? null, { status: 'open' });
  return result.delivery;
}
