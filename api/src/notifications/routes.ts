import {
  apiError,
  companyIdParams,
  markAllReadRequest,
  markedReadView,
  notificationListQuery,
  notificationListView,
  notificationPreferencesRequest,
  notificationPreferencesView,
  notificationStreamEvent,
  okView,
} from '@atrium/core';
import { z } from 'zod';
import type { ApiDependencies } from '../deps';
import type { RouteRegistry } from '../http/routes';
import { validate } from '../http/validate';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from './list-notifications';
import { getNotificationPreferences, setNotificationPreferences } from './preferences';
import { askerOf } from './reader';
import { streamNotifications } from './stream/notification-stream';

const notificationIdParams = z.object({
  companyId: z.uuid({ error: 'That is not a company id.' }),
  notificationId: z.uuid({ error: 'That is not a notification id.' }),
});

/**
 * The notification centre: the bell's list and live stream, read state and preferences.
 * Everyone in a company has notices; what each person sees is decided per notice by its
 * category and recipient (see `listNotifications`), so the route check is only membership.
 */
export function registerNotificationRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  const path = '/api/companies/:companyId/notifications';
  registry.add({
    method: 'get', path, summary: 'The notices this person sees, newest first, with their own read state and unread count', tags: ['notifications'],
    access: 'company', can: ['read', 'Company'], params: companyIdParams, query: notificationListQuery,
    responses: { 200: { description: 'Notices, newest first', schema: notificationListView } },
    handler: async (ctx) => {
      const query = validate(notificationListQuery, ctx.query);
      ctx.body = await listNotifications(deps, ctx.state.membership.companyId, askerOf(ctx.state), query);
    },
  });
  registry.add({
    method: 'get', path: `${path}/stream`, summary: 'Live updates for the bell, as Server-Sent Events (text/event-stream)', tags: ['notifications'],
    access: 'company', can: ['read', 'Company'], params: companyIdParams,
    responses: {
      200: {
        description:
          'A stream of events, each `event: <type>` and `data: <NotificationStreamEvent as JSON>`: `unread` on connect and when the count changes, `notification` for each new notice. Comment lines (`: keep-alive`) keep it open; it ends after 30 minutes and the browser reconnects.',
        media: 'text/event-stream',
        schema: notificationStreamEvent,
      },
      503: { description: 'Live updates are not available now', schema: apiError },
    },
    handler: async (ctx) => {
      await streamNotifications(ctx, deps, ctx.state.membership.companyId, askerOf(ctx.state));
    },
  });
  registry.add({
    method: 'post', path: `${path}/read`, summary: 'Mark every notice this person sees (of one category, if given) read', tags: ['notifications'],
    access: 'company', can: ['read', 'Company'], params: companyIdParams, body: markAllReadRequest,
    responses: { 200: { description: 'How many were marked, and how many stay unread', schema: markedReadView } },
    handler: async (ctx) => {
      const { category } = validate(markAllReadRequest, ctx.request.body);
      ctx.body = await markAllNotificationsRead(deps, ctx.state.membership.companyId, askerOf(ctx.state), category);
    },
  });
  registry.add({
    method: 'post', path: `${path}/:notificationId/read`, summary: 'Mark a notice read for this person', tags: ['notifications'],
    access: 'company', can: ['read', 'Company'], params: notificationIdParams,
    responses: { 200: { description: 'Marked', schema: okView }, 404: { description: 'No such notification for this person', schema: apiError } },
    handler: async (ctx) => {
      const { notificationId } = validate(notificationIdParams, ctx.params);
      await markNotificationRead(deps, ctx.state.membership.companyId, askerOf(ctx.state), notificationId);
      ctx.body = { ok: true };
    },
  });
  registry.add({
    method: 'get', path: `${path}/preferences`, summary: "This person's choices per category (in the app, by mail) and daily digest", tags: ['notifications'],
    access: 'company', can: ['read', 'Company'], params: companyIdParams,
    responses: { 200: { description: 'Each category that can reach this person, with their choice', schema: notificationPreferencesView } },
    handler: async (ctx) => {
      ctx.body = await getNotificationPreferences(deps, ctx.state.membership.companyId, ctx.state.person.id, ctx.state.membership.role);
    },
  });
  registry.add({
    method: 'put', path: `${path}/preferences`, summary: "Change this person's choices; failed-payment mail stays on for owners and billing managers", tags: ['notifications'],
    access: 'company', can: ['read', 'Company'], params: companyIdParams, body: notificationPreferencesRequest,
    responses: {
      200: { description: 'The choices as saved', schema: notificationPreferencesView },
      400: { description: 'A category that does not reach this role, or mail that cannot be switched off (`mail_required`)', schema: apiError },
    },
    handler: async (ctx) => {
      const input = validate(notificationPreferencesRequest, ctx.request.body);
      ctx.body = await setNotificationPreferences(deps, ctx.state.membership.companyId, ctx.state.person.id, ctx.state.membership.role, input);
    },
  });
}
