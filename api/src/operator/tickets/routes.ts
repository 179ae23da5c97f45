import {
  apiError,
  operatorInboxQuery,
  operatorPickerView,
  operatorTicketAssignRequest,
  operatorTicketAttachmentParams,
  operatorTicketParams,
  operatorTicketStatusRequest,
  operatorTicketView as operatorTicketSchema,
  inboxTicketView,
  ticketReplyRequest,
} from '@atrium/core';
import { HelpTicketAttachment, Operator, withTenant } from '@atrium/db';
import { z } from 'zod';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import type { RouteRegistry } from '../../http/routes';
import { validate } from '../../http/validate';
import { sendAttachment } from '../../help/tickets/attachments';
import { recordOperatorAudit } from '../record-operator-audit';
import { answerTicket, assignTicket, consoleScope, setTicketStatus } from './answer-ticket';
import { recordTicketView } from './audit-ticket-view';
import { inbox, operatorTicketView, ticketForOperator } from './inbox';

/**
 * The console's support inbox: tickets of every company, filtered by status and
 * assignment; one ticket's thread (audited in the company's own log too); answering,
 * status and assignment (each in the operator log). Operators only (access `operator`).
 */
export function registerConsoleTicketRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  const base = '/api/operator/tickets';
  const idOf = (reference: unknown) => (reference as { id: string }).id;
  const notFoundAnswer = { description: 'No such ticket', schema: apiError };

  registry.add({
    method: 'get',
    path: base,
    summary: 'The support inbox across companies: open first, then pending, by latest activity (at most 200)',
    tags: ['operator'],
    access: 'operator',
    query: operatorInboxQuery,
    responses: { 200: { description: 'Tickets', schema: z.object({ tickets: z.array(inboxTicketView) }) } },
    handler: async (ctx) => {
      const filter = validate(operatorInboxQuery, ctx.query);
      const operator = ctx.state.operator;
      ctx.body = {
        tickets: await withTenant(deps.orm, consoleScope(operator, 'support inbox'), async (em) => {
          const found = await inbox(em, operator.id, filter);
          // In the operator log only: the list shows many companies' subjects, and would flood every company's log.
          recordOperatorAudit(em, { operator, action: 'tickets.listed', target: '', details: { ...filter, results: found.length } });
          await em.flush();
          return found;
        }),
      };
    },
  });

  // Before `:ticketId`, which would otherwise take "assignees" for an id.
  registry.add({
    method: 'get',
    path: `${base}/assignees`,
    summary: 'The operators a ticket can be assigned to',
    tags: ['operator'],
    access: 'operator',
    responses: { 200: { description: 'Active operators', schema: operatorPickerView } },
    handler: async (ctx) => {
      const operators = await withTenant(deps.orm, consoleScope(ctx.state.operator, 'ticket assignees'), (em) =>
        em.find(Operator, { disabledAt: null }, { orderBy: { name: 'asc', email: 'asc' }, fields: ['id', 'name', 'email'] }),
      );
      ctx.body = { operators: operators.map(({ id, name, email }) => ({ id, name: name || email, email })) };
    },
  });

  registry.add({
    method: 'get',
    path: `${base}/:ticketId`,
    summary: "One ticket with its company and thread (audited in the company's own log)",
    tags: ['operator'],
    access: 'operator',
    params: operatorTicketParams,
    responses: { 200: { description: 'The ticket', schema: operatorTicketSchema }, 404: notFoundAnswer },
    handler: async (ctx) => {
      const { ticketId } = validate(operatorTicketParams, ctx.params);
      const operator = ctx.state.operator;
      ctx.body = await withTenant(deps.orm, consoleScope(operator, `view ticket ${ticketId}`), async (em) => {
        const ticket = await ticketForOperator(em, ticketId);
        recordTicketView(em, { operator, companyId: idOf(ticket.company), ticketId, subject: ticket.subject });
        await em.flush();
        return operatorTicketView(em, ticket);
      });
    },
  });

  const answerWithTicket = async (ticketId: string, operator: Parameters<typeof consoleScope>[0]) =>
    withTenant(deps.orm, consoleScope(operator, `view ticket ${ticketId}`), async (em) => operatorTicketView(em, await ticketForOperator(em, ticketId)));

  registry.add({
    method: 'post',
    path: `${base}/:ticketId/messages`,
    summary: 'Answer a ticket: the ticket becomes pending, and the person who opened it gets a mail and a notice',
    tags: ['operator'],
    access: 'operator',
    params: operatorTicketParams,
    body: ticketReplyRequest,
    responses: { 201: { description: 'The ticket with the answer', schema: operatorTicketSchema }, 404: notFoundAnswer },
    handler: async (ctx) => {
      const { ticketId } = validate(operatorTicketParams, ctx.params);
      const { body } = validate(ticketReplyRequest, ctx.request.body);
      await answerTicket(deps, ctx.state.operator, ticketId, body);
      ctx.status = 201;
      ctx.body = await answerWithTicket(ticketId, ctx.state.operator);
    },
  });

  registry.add({
    method: 'post',
    path: `${base}/:ticketId/status`,
    summary: "Set a ticket's status (open, pending, solved, closed)",
    tags: ['operator'],
    access: 'operator',
    params: operatorTicketParams,
    body: operatorTicketStatusRequest,
    responses: { 200: { description: 'The ticket', schema: operatorTicketSchema }, 404: notFoundAnswer },
    handler: async (ctx) => {
      const { ticketId } = validate(operatorTicketParams, ctx.params);
      const { status } = validate(operatorTicketStatusRequest, ctx.request.body);
      await setTicketStatus(deps, ctx.state.operator, ticketId, status);
      ctx.body = await answerWithTicket(ticketId, ctx.state.operator);
    },
  });

  registry.add({
    method: 'post',
    path: `${base}/:ticketId/assignment`,
    summary: 'Assign a ticket to an operator, or unassign it (null)',
    tags: ['operator'],
    access: 'operator',
    params: operatorTicketParams,
    body: operatorTicketAssignRequest,
    responses: {
      200: { description: 'The ticket', schema: operatorTicketSchema },
      400: { description: 'No active operator with that id', schema: apiError },
      404: notFoundAnswer,
    },
    handler: async (ctx) => {
      const { ticketId } = validate(operatorTicketParams, ctx.params);
      const { operatorId } = validate(operatorTicketAssignRequest, ctx.request.body);
      await assignTicket(deps, ctx.state.operator, ticketId, operatorId);
      ctx.body = await answerWithTicket(ticketId, ctx.state.operator);
    },
  });

  registry.add({
    method: 'get',
    path: `${base}/:ticketId/attachments/:attachmentId`,
    summary: "An attachment's file",
    tags: ['operator'],
    access: 'operator',
    params: operatorTicketAttachmentParams,
    responses: { 200: { description: 'The file (an image or a PDF)', media: 'application/octet-stream' }, 404: notFoundAnswer },
    handler: async (ctx) => {
      const { ticketId, attachmentId } = validate(operatorTicketAttachmentParams, ctx.params);
      const operator = ctx.state.operator;
      const attachment = await withTenant(deps.orm, consoleScope(operator, `attachment of ticket ${ticketId}`), async (em) => {
        const ticket = await ticketForOperator(em, ticketId);
        const found = await em.findOne(HelpTicketAttachment, { id: attachmentId, message: { ticket: ticketId } }, { populate: ['bytes'] });
        if (!found) return null;
        recordOperatorAudit(em, { operator, action: 'ticket.attachment_viewed', target: found.filename, companyId: idOf(ticket.company), details: { ticketId, attachmentId } });
        await em.flush();
        return found;
      });
      if (!attachment) throw new HttpError(404, 'not_found', 'There is no such attachment in this ticket.');
      sendAttachment(ctx, attachment);
    },
  });
}
