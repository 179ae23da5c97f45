import { supportParams, supportTicketInput, supportTicketList, supportTicketListQuery, supportTicketParams, supportTicketPatch, supportTicketView, type SupportView } from '@atrium/core';
import { SupportTicket, withTenant, type FilterQuery, type SupportTicketEntity } from '@atrium/db';
import type { SupportTicketChange } from '@atrium/workflows';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404, pageOf } from '../kit/records';
import { tickSetupStep } from '../kit/setup-steps';
import { openTicket } from './open-ticket';
import { replyRoutes } from './replies';
import { afterUsage, requireMember, signalTicketSla, slaInputOf, startTicketSla, supportActor, ticketSummary, type SupportActor } from './support-context';
import { ticketView } from './ticket-view';

type TicketWhere = Record<string, unknown>;
const active = { status: { $in: ['open', 'pending'] } } as const;

function viewWhere(view: SupportView, actor: SupportActor): TicketWhere {
  switch (view) {
    case 'mine': return { assigneeId: actor.userId };
    case 'unassigned': return { assigneeId: null };
    case 'breaching': return { slaStatus: { $in: ['warning', 'breached'] } };
    default: return {};
  }
}

const escapeLike = (term: string) => term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);

export function ticketRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/tickets', summary: 'The shared inbox: tickets of a view (mine, unassigned, all, breaching), searched and paged', can: 'read', params: supportParams, query: supportTicketListQuery,
    responses: { 200: { description: 'A page of tickets and the size of each view', schema: supportTicketList } },
    handler: async (ctx) => {
      const { companyId } = validate(supportParams, ctx.params);
      const query = validate(supportTicketListQuery, ctx.query);
      const actor = supportActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const where: TicketWhere = { ...viewWhere(query.view, actor), ...(query.status === 'active' ? active : { status: query.status }) };
        if (query.q) {
          const like = `%${escapeLike(query.q)}%`;
          Object.assign(where, { $or: [{ subject: { $ilike: like } }, { requesterEmail: { $ilike: like } }, { requesterName: { $ilike: like } }] });
        }
        if (query.tag) Object.assign(where, { tags: { $contains: [query.tag] } });
        const orderBy =
          query.sort === 'created' ? { createdAt: query.dir, id: 'asc' } as const
          : query.sort === 'due' ? { resolutionDueAt: `${query.dir} nulls last`, id: 'asc' } as const
          : { lastMessageAt: query.dir, id: 'asc' } as const;
        const { rows, total } = await pageOf(em, SupportTicket, companyId, where as FilterQuery<SupportTicketEntity>, { limit: query.limit, offset: query.offset, orderBy });
        const count = (view: SupportView) => em.count(SupportTicket, { ...viewWhere(view, actor), ...active } as FilterQuery<SupportTicketEntity>);
        // One after the other: the counts share the transaction's connection.
        const counts = { mine: await count('mine'), unassigned: await count('unassigned'), all: await count('all'), breaching: await count('breaching') };
        return { tickets: rows.map(ticketSummary), total, counts };
      });
    },
  });

  routes.add({
    method: 'post', path: '/tickets', summary: 'Open a ticket for a customer (a call, a chat); counts towards tickets a month', can: 'create', params: supportParams, body: supportTicketInput,
    responses: { 201: { description: 'The ticket', schema: supportTicketView }, 402: { description: 'usage_limit_reached' } },
    handler: async (ctx) => {
      const { companyId } = validate(supportParams, ctx.params);
      const input = validate(supportTicketInput, ctx.request.body);
      const actor = supportActor(ctx);
      const { view, opened } = await withTenant(deps.orm, { companyId }, async (em) => {
        if (input.assigneeId) await requireMember(em, input.assigneeId, 'assigneeId');
        const opened = await openTicket(em, companyId, actor.entitlements, {
          source: 'agent', requesterEmail: input.requesterEmail, requesterName: input.requesterName, subject: input.subject, body: input.body,
          priority: input.priority, assigneeId: input.assigneeId ?? null, tags: input.tags, mailMessageId: null, createdBy: actor.userId,
        });
        if (opened.ticket.assigneeId && opened.ticket.assigneeId !== actor.userId) await tickSetupStep(em, 'support', 'invite_agents');
        return { view: await ticketView(em, opened.ticket, actor), opened };
      });
      await startTicketSla(deps, opened.sla);
      await afterUsage(deps, companyId, opened.change, opened.periodStart);
      ctx.status = 201;
      ctx.body = view;
    },
  });

  routes.add({
    method: 'get', path: '/tickets/:ticketId', summary: 'One ticket with its thread and the requester’s other tickets', can: 'read', params: supportTicketParams,
    responses: { 200: { description: 'The ticket', schema: supportTicketView } },
    handler: async (ctx) => {
      const { companyId, ticketId } = validate(supportTicketParams, ctx.params);
      const actor = supportActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => ticketView(em, await findOr404(em, SupportTicket, { id: ticketId }, 'There is no such ticket.'), actor));
    },
  });

  routes.add({
    method: 'patch', path: '/tickets/:ticketId', summary: 'Change a ticket’s status, priority, assignee, tags or subject', can: 'update', params: supportTicketParams, body: supportTicketPatch,
    responses: { 200: { description: 'The ticket', schema: supportTicketView } },
    handler: async (ctx) => {
      const { companyId, ticketId } = validate(supportTicketParams, ctx.params);
      const input = validate(supportTicketPatch, ctx.request.body);
      const actor = supportActor(ctx);
      const { view, change, sla } = await withTenant(deps.orm, { companyId }, async (em) => {
        const ticket = await findOr404(em, SupportTicket, { id: ticketId }, 'There is no such ticket.');
        const change: SupportTicketChange = {};
        if (input.assigneeId !== undefined && input.assigneeId !== ticket.assigneeId) {
          if (input.assigneeId) await requireMember(em, input.assigneeId, 'assigneeId');
          ticket.assigneeId = input.assigneeId;
          if (input.assigneeId && input.assigneeId !== actor.userId) await tickSetupStep(em, 'support', 'invite_agents');
        }
        if (input.subject !== undefined) ticket.subject = input.subject;
        if (input.tags !== undefined) ticket.tags = [...new Set(input.tags)];
        if (input.priority !== undefined && input.priority !== ticket.priority) change.priority = ticket.priority = input.priority;
        if (input.status !== undefined && input.status !== ticket.status) {
          if (ticket.status === 'closed') throw new HttpError(409, 'ticket_closed', 'This ticket is closed. A new mail from the customer opens a new one.');
          change.status = ticket.status = input.status;
          ticket.solvedAt = input.status === 'solved' || input.status === 'closed' ? (ticket.solvedAt ?? new Date()) : null;
        }
        await em.flush();
        return { view: await ticketView(em, ticket, actor), change, sla: await slaInputOf(em, companyId, ticket) };
      });
      if (change.status || change.priority) await signalTicketSla(deps, sla, change);
      ctx.body = view;
    },
  });

  replyRoutes(routes, deps);
}
