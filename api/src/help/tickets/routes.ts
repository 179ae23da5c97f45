import {
  apiError,
  companyIdParams,
  companyTicketStatusRequest,
  openTicketRequest,
  ticketAttachmentParams,
  ticketAttachmentQuery,
  ticketAttachmentView,
  ticketListQuery,
  ticketListView,
  ticketMessageParams,
  ticketMessageWritten,
  ticketParams,
  ticketReplyRequest,
  ticketView as ticketSchema,
} from '@atrium/core';
import { HelpTicketAttachment, withTenant } from '@atrium/db';
import type { Context } from 'koa';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import type { RouteRegistry } from '../../http/routes';
import { validate } from '../../http/validate';
import { attachmentView, listTickets, readableTicket, ticketView } from './read-tickets';
import { attachToMessage, checkAttachment, cleanFilename, readAttachmentUpload, sendAttachment } from './attachments';
import { openTicket, ownMessage, replyAsPerson, setStatusAsPerson, type Actor } from './write-ticket';

/**
 * Support tickets to Atrium, `/[company]/help/tickets` in the dashboard. Everyone in a
 * company may open one (ability `create Help`); the support history is the company's, and
 * who reads which ticket is decided here (`readableTicket`): owners and admins all of
 * them, everyone else the tickets they opened. Tickets that came from a chat nobody
 * answered read the same way.
 */
export function registerHelpTicketRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  const base = '/api/companies/:companyId/help/tickets';
  const actorOf = (ctx: Context): Actor => ({
    companyId: ctx.state.membership.companyId,
    person: ctx.state.person,
    userId: ctx.state.person.id,
    role: ctx.state.membership.role,
  });
  const scopeOf = (actor: Actor) => ({ companyId: actor.companyId, userId: actor.userId });
  const notFoundAnswer = { description: 'No such ticket in your support history', schema: apiError };

  registry.add({
    method: 'get',
    path: base,
    summary: "The company's support history: all tickets for owners and admins, one's own for everyone else (newest activity first)",
    tags: ['help'],
    access: 'company',
    can: ['read', 'Help'],
    params: companyIdParams,
    query: ticketListQuery,
    responses: { 200: { description: 'Tickets', schema: ticketListView } },
    handler: async (ctx) => {
      const filter = validate(ticketListQuery, ctx.query);
      const actor = actorOf(ctx);
      ctx.body = { tickets: await withTenant(deps.orm, scopeOf(actor), (em) => listTickets(em, actor, filter)) };
    },
  });

  registry.add({
    method: 'post',
    path: base,
    summary: 'Open a ticket to Atrium support (attachments follow, one upload each, on the first message)',
    tags: ['help'],
    access: 'company',
    can: ['create', 'Help'],
    params: companyIdParams,
    body: openTicketRequest,
    responses: { 201: { description: 'The ticket and its first message', schema: ticketMessageWritten } },
    handler: async (ctx) => {
      const request = validate(openTicketRequest, ctx.request.body);
      ctx.status = 201;
      ctx.body = await openTicket(deps, actorOf(ctx), request);
    },
  });

  registry.add({
    method: 'get',
    path: `${base}/:ticketId`,
    summary: 'One ticket with its thread (replies from Atrium support included) and attachments',
    tags: ['help'],
    access: 'company',
    can: ['read', 'Help'],
    params: ticketParams,
    responses: { 200: { description: 'The ticket', schema: ticketSchema }, 404: notFoundAnswer },
    handler: async (ctx) => {
      const { ticketId } = validate(ticketParams, ctx.params);
      const actor = actorOf(ctx);
      ctx.body = await withTenant(deps.orm, scopeOf(actor), async (em) => ticketView(em, await readableTicket(em, ticketId, actor), actor.userId));
    },
  });

  registry.add({
    method: 'post',
    path: `${base}/:ticketId/messages`,
    summary: 'Reply in a ticket (the ticket waits on Atrium again; a reply reopens a closed one)',
    tags: ['help'],
    access: 'company',
    can: ['create', 'Help'],
    params: ticketParams,
    body: ticketReplyRequest,
    responses: { 201: { description: 'The reply', schema: ticketMessageWritten }, 404: notFoundAnswer },
    handler: async (ctx) => {
      const { ticketId } = validate(ticketParams, ctx.params);
      const { body } = validate(ticketReplyRequest, ctx.request.body);
      ctx.status = 201;
      ctx.body = await replyAsPerson(deps, actorOf(ctx), ticketId, body);
    },
  });

  registry.add({
    method: 'post',
    path: `${base}/:ticketId/status`,
    summary: 'Close a ticket, or open it again',
    tags: ['help'],
    access: 'company',
    can: ['create', 'Help'],
    params: ticketParams,
    body: companyTicketStatusRequest,
    responses: { 200: { description: 'The ticket', schema: ticketSchema }, 404: notFoundAnswer },
    handler: async (ctx) => {
      const { ticketId } = validate(ticketParams, ctx.params);
      const { status } = validate(companyTicketStatusRequest, ctx.request.body);
      const actor = actorOf(ctx);
      await setStatusAsPerson(deps, actor, ticketId, status);
      ctx.body = await withTenant(deps.orm, scopeOf(actor), async (em) => ticketView(em, await readableTicket(em, ticketId, actor), actor.userId));
    },
  });

  registry.add({
    method: 'post',
    path: `${base}/:ticketId/messages/:messageId/attachments`,
    summary: 'Attach a file to one of your messages: the raw bytes of a PNG, JPEG, WebP or GIF image or a PDF, at most 5 MB, 3 per message',
    tags: ['help'],
    access: 'company',
    can: ['create', 'Help'],
    params: ticketMessageParams,
    query: ticketAttachmentQuery,
    rawBody: { mediaType: 'application/octet-stream', description: 'The file; its type is read from its bytes' },
    responses: {
      201: { description: 'The attachment', schema: ticketAttachmentView },
      400: { description: 'Not an image or PDF, or one that cannot be read', schema: apiError },
      403: { description: 'Not your message', schema: apiError },
      404: { description: 'No such ticket or message', schema: apiError },
      409: { description: 'The message has as many attachments as it can carry', schema: apiError },
      413: { description: 'Larger than 5 MB', schema: apiError },
    },
    handler: async (ctx) => {
      const { ticketId, messageId } = validate(ticketMessageParams, ctx.params);
      const { filename } = validate(ticketAttachmentQuery, ctx.query);
      const actor = actorOf(ctx);
      // Who may attach is settled before a byte is read: a stranger's upload is never buffered.
      await withTenant(deps.orm, scopeOf(actor), (em) => ownMessage(em, actor, ticketId, messageId));
      const bytes = await readAttachmentUpload(ctx);
      const type = await checkAttachment(bytes);
      const attachment = await withTenant(deps.orm, scopeOf(actor), async (em) =>
        attachToMessage(em, await ownMessage(em, actor, ticketId, messageId), { bytes, type, filename: cleanFilename(filename, type) }),
      );
      ctx.status = 201;
      ctx.body = attachmentView(attachment);
    },
  });

  registry.add({
    method: 'get',
    path: `${base}/:ticketId/attachments/:attachmentId`,
    summary: "An attachment's file (for those who may read the ticket)",
    tags: ['help'],
    access: 'company',
    can: ['read', 'Help'],
    params: ticketAttachmentParams,
    responses: { 200: { description: 'The file (an image or a PDF)', media: 'application/octet-stream' }, 404: notFoundAnswer },
    handler: async (ctx) => {
      const { ticketId, attachmentId } = validate(ticketAttachmentParams, ctx.params);
      const actor = actorOf(ctx);
      const attachment = await withTenant(deps.orm, scopeOf(actor), async (em) => {
        await readableTicket(em, ticketId, actor);
        return em.findOne(HelpTicketAttachment, { id: attachmentId, message: { ticket: ticketId } }, { populate: ['bytes'] });
      });
      if (!attachment) throw new HttpError(404, 'not_found', 'There is no such attachment in this ticket.');
      sendAttachment(ctx, attachment);
    },
  });
}
