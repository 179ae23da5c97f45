import { randomUUID } from 'node:crypto';
import { supportAddressOf, supportReplyInput, supportTicketParams, supportTicketView } from '@atrium/core';
import { Company, SupportMessage, SupportTicket, withTenant } from '@atrium/db';
import type { SupportTicketChange } from '@atrium/workflows';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404 } from '../kit/records';
import { signalTicketSla, slaInputOf, supportActor } from './support-context';
import { ticketView } from './ticket-view';

/** The subject of a reply: the ticket's, with its number, so people and a fallback match can find it. */
export const replySubject = (subject: string, number: number) => `${/^re:/i.test(subject) ? subject : `Re: ${subject}`} [#${number}]`;

export function replyRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'post', path: '/tickets/:ticketId/replies', summary: 'Answer the customer by mail (or add an internal note)', can: 'update', params: supportTicketParams, body: supportReplyInput,
    responses: { 201: { description: 'The ticket with the reply in its thread', schema: supportTicketView }, 409: { description: 'ticket_closed' } },
    handler: async (ctx) => {
      const { companyId, ticketId } = validate(supportTicketParams, ctx.params);
      const input = validate(supportReplyInput, ctx.request.body);
      const actor = supportActor(ctx);
      const domain = deps.config.support.domain;
      const { view, mail, change, sla } = await withTenant(deps.orm, { companyId }, async (em) => {
        const ticket = await findOr404(em, SupportTicket, { id: ticketId }, 'There is no such ticket.');
        if (ticket.status === 'closed' && !input.internal) throw new HttpError(409, 'ticket_closed', 'This ticket is closed. A new mail from the customer opens a new one.');
        const company = await em.findOneOrFail(Company, { id: companyId });
        const [agent] = await em.execute<{ name: string | null; email: string }[]>(`select name, email from "user" where id = ?`, [actor.userId], 'all');
        const thread = await em.find(SupportMessage, { ticket: ticket.id, mailMessageId: { $ne: null } }, { orderBy: { createdAt: 'asc' } });
        // Our own Message-ID, kept on the message: the customer's client answers with it in In-Reply-To.
        const mailMessageId = input.internal ? null : `<${randomUUID()}@${domain}>`;
        em.create(SupportMessage, {
          company: companyId, ticket, direction: input.internal ? 'note' : 'outbound', authorName: agent?.name || agent?.email || 'Support',
          authorEmail: input.internal ? null : supportAddressOf(company.slug, domain), authorUserId: actor.userId, body: input.body, mailMessageId, createdBy: actor.userId,
        });
        const change: SupportTicketChange = {};
        if (!input.internal) {
          ticket.lastMessageAt = new Date();
          if (!ticket.firstRespondedAt) {
            ticket.firstRespondedAt = new Date();
            change.responded = true;
          }
        }
        // A mailed answer usually waits on the customer: pending, unless the agent says otherwise.
        const status = input.status ?? (input.internal ? ticket.status : 'pending');
        if (status !== ticket.status) {
          change.status = ticket.status = status;
          ticket.solvedAt = status === 'solved' || status === 'closed' ? (ticket.solvedAt ?? new Date()) : null;
        }
        await em.flush();
        const address = supportAddressOf(company.slug, domain);
        const mail = mailMessageId
          ? {
              to: ticket.requesterEmail, from: `${company.name} Support <${address}>`, replyTo: address, subject: replySubject(ticket.subject, ticket.number), text: input.body,
              messageId: mailMessageId, references: thread.map((message) => message.mailMessageId!),
              ...(thread.length ? { inReplyTo: thread[thread.length - 1]!.mailMessageId! } : {}),
            }
          : null;
        return { view: await ticketView(em, ticket, actor), mail, change, sla: await slaInputOf(em, companyId, ticket) };
      });
      // After commit, as every side effect: a mail that fails is logged; the reply stays on the ticket.
      if (mail) await deps.mailer.send(mail).catch((error) => deps.logger.error({ err: error, companyId, ticketId }, 'support reply mail failed'));
      if (change.status || change.responded) await signalTicketSla(deps, sla, change);
      ctx.status = 201;
      ctx.body = view;
    },
  });
}
