import { companyIdParams, describeAuditEvent } from '@atrium/core';
import { AuditEvent, withTenant } from '@atrium/db';
import { z } from 'zod';
import type { ApiDependencies } from '../deps';
import type { RouteRegistry } from '../http/routes';
import { accessibleWhere } from '../permissions/query-filter';
import { membersOf } from '../team/list-members';

const auditEventView = z
  .object({
    id: z.uuid(),
    actorEmail: z.string(),
    category: z.string(),
    action: z.string(),
    target: z.string(),
    details: z.record(z.string(), z.unknown()),
    /** The event as a sentence: "Changed the plan from Starter to Growth, charged €12.30 now." */
    description: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'AuditEvent' });

export function registerAuditRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  registry.add({
    method: 'get',
    path: '/api/companies/:companyId/audit-log',
    summary: 'Who did what and when (owners and admins; billing managers see billing events)',
    tags: ['audit'],
    access: 'company',
    can: ['read', 'AuditEvent'],
    params: companyIdParams,
    responses: { 200: { description: 'The latest 200 events, newest first', schema: z.object({ events: z.array(auditEventView) }) } },
    handler: async (ctx) => {
      const { companyId } = ctx.state.membership;
      const visible = accessibleWhere(ctx.state.ability, 'read', 'AuditEvent');
      const { events, names } = visible
        ? await withTenant(deps.orm, { companyId, userId: ctx.state.person.id }, async (em) => ({
            events: await em.find(AuditEvent, { $and: [{ company: companyId }, visible] }, { orderBy: { createdAt: 'desc' }, limit: 200 }),
            // Events name people by account id; sentences use their names.
            names: new Map((await membersOf(em, companyId)).map((member) => [member.userId, member.name])),
          }))
        : { events: [], names: new Map<string, string>() };
      ctx.body = {
        events: events.map((event) => ({
          id: event.id,
          actorEmail: event.actorEmail,
          category: event.category,
          action: event.action,
          target: event.target,
          details: event.details,
          description: describeAuditEvent(event, (userId) => names.get(userId) ?? 'a former member'),
          createdAt: event.createdAt.toISOString(),
        })),
      };
    },
  });
}
