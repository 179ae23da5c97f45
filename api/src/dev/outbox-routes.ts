import type Router from '@koa/router';
import { OutboxMessage, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../deps';

/**
 * The mail outbox of a local install (no SMTP_URL), for its operators: the dashboard's
 * /dev/outbox page reads it to follow invitation and password-reset links offline. Only
 * mounted when ATRIUM_DEV_OUTBOX=true outside production, and not part of the public API.
 */
export function mountDevOutbox(router: Router, deps: ApiDependencies): void {
  router.get('/api/dev/outbox', async (ctx) => {
    const to = typeof ctx.query.to === 'string' ? ctx.query.to.toLowerCase() : undefined;
    const messages = await withTenant(deps.orm, { system: 'operator: local mail outbox' }, (em) =>
      em.find(OutboxMessage, to ? { to } : {}, { orderBy: { createdAt: 'desc' }, limit: 100 }),
    );
    ctx.body = {
      messages: messages.map((message) => ({
        id: message.id,
        to: message.to,
        from: message.from,
        subject: message.subject,
        text: message.text,
        headers: message.headers ?? {},
        createdAt: message.createdAt.toISOString(),
      })),
    };
  });
}
