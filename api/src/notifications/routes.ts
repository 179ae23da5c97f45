import { apiError, companyIdParams, notificationListView, okView } from '@atrium/core';
import { z } from 'zod';
import type { ApiDependencies } from '../deps';
import type { RouteRegistry } from '../http/routes';
import { validate } from '../http/validate';
import { listNotifications, markNotificationRead } from './list-notifications';

const notificationIdParams = z.object({
  companyId: z.uuid({ error: 'That is not a company id.' }),
  notificationId: z.uuid({ error: 'That is not a notification id.' }),
});

export function registerNotificationRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  const path = '/api/companies/:companyId/notifications';
  registry.add({
    method: 'get', path, summary: 'The latest notices (billing notices only for those who handle billing)', tags: ['notifications'],
    access: 'company', can: ['read', 'Company'], params: companyIdParams,
    responses: { 200: { description: 'Notices, newest first', schema: notificationListView } },
    handler: async (ctx) => {
      ctx.body = { notifications: await listNotifications(deps, ctx.state.membership.companyId, ctx.state.ability, ctx.state.person.id) };
    },
  });
  registry.add({
    method: 'post', path: `${path}/:notificationId/read`, summary: 'Mark a notice read', tags: ['notifications'],
    access: 'company', can: ['read', 'Company'], params: notificationIdParams,
    responses: { 200: { description: 'Marked', schema: okView }, 404: { description: 'No such notification for this person', schema: apiError } },
    handler: async (ctx) => {
      const { notificationId } = validate(notificationIdParams, ctx.params);
      await markNotificationRead(deps, ctx.state.membership.companyId, ctx.state.ability, ctx.state.person.id, notificationId);
      ctx.body = { ok: true };
    },
  });
}
