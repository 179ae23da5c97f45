import { companyIdParams } from '@atrium/core';
import { AuditEvent, withTenant } from '@atrium/db';
import { z } from 'zod';
import type { ApiDependencies } from '../deps';
import type { RouteRegistry } from '../http/routes';
import { accessibleWhere } from '../permissions/query-filter';

const auditEventView = z
  .object({ id: z.uuid(), actorEmail: z.string(), category: z.string(), action: z.string(), target: z.string(), details: z.record(z.string(), z.unknown()), createdAt: z.string() })
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
      const events = visible
        ? await withTenant(deps.orm, { companyId, userId: ctx.state.person.id }, (em) =>
            em.find(AuditEvent, { $and: [{ company: companyId }, visible] }, { orderBy: { createdAt: 'desc' }, limit: 200 }),
          )
        : [];
      ctx.body = {
        events: events.map((event) => ({
          id: event.id,
          actorEmail: event.actorEmail,
          category: event.category,
          action: event.action,
          target: event.target,
          details: event.details,
          createdAt: event.createdAt.toISOString(),
        })),
      };
    },
  });
}
