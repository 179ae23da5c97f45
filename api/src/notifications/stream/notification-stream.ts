import { PassThrough } from 'node:stream';
import type { NotificationStreamEvent } from '@atrium/core';
import { countUnread, listNotices, withTenant, type NoticeReader } from '@atrium/db';
import type { Context } from 'koa';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { readerFor, type NoticeAsker } from '../reader';
import type { NotificationEvent } from './notification-events';

/**
 * A stream lives at most this long; the browser's EventSource then connects again, and so
 * passes the session and membership checks again (a role changed or a person removed
 * meanwhile is seen then; a removal is also seen at the next event).
 */
const longestStreamMs = 30 * 60_000;

/**
 * `GET …/notifications/stream`: Server-Sent Events for the bell. First the unread count,
 * then a `notification` event for each new notice this person sees, and a new count
 * whenever it changes (a notice read in another tab). A comment line every
 * `heartbeatMs` keeps proxies from closing an idle connection. Everything is read from
 * PostgreSQL under the company's RLS for this person; the database's NOTIFY only says
 * that something changed.
 */
export async function streamNotifications(ctx: Context, deps: ApiDependencies, companyId: string, asker: NoticeAsker): Promise<void> {
  const stream = new PassThrough();
  let reader: NoticeReader;
  let unread: number;
  try {
    ({ reader, unread } = await withTenant(deps.orm, { companyId }, async (em) => {
      const found = await readerFor(em, asker);
      return { reader: found, unread: await countUnread(em, found) };
    }));
  } catch (error) {
    throw error instanceof HttpError ? error : new HttpError(503, 'stream_unavailable', 'Live updates are not available right now; the page still works.');
  }

  const send = (event: NotificationStreamEvent) => {
    if (!stream.writableEnded) stream.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  };

  // Events are handled one after the other, so counts go out in the order they were read.
  let queue = Promise.resolve();
  const onEvent = (event: NotificationEvent) => {
    if (event.type === 'created' && event.recipientUserId !== null && event.recipientUserId !== asker.personId) return;
    if (event.type === 'read' && event.userId !== asker.personId) return;
    queue = queue.then(() => handle(event)).catch((error: unknown) => deps.logger.warn({ error: String(error), companyId }, 'a notification event could not be streamed'));
  };

  async function handle(event: NotificationEvent): Promise<void> {
    const seen = await withTenant(deps.orm, { companyId }, async (em) => {
      const [member] = await em.execute<{ n: number }[]>(`select count(*)::int as n from membership where user_id = ?`, [asker.personId], 'all');
      if (!member?.n) return null;
      const notice = event.type === 'created' ? (await listNotices(em, reader, { ids: [event.id] }, 1))[0] : undefined;
      return { notice, unread: await countUnread(em, reader) };
    });
    if (!seen) {
      close(); // no longer a member of this company
      return;
    }
    if (seen.notice) send({ type: 'notification', unread: seen.unread, notification: seen.notice });
    else if (seen.unread !== unread) send({ type: 'unread', unread: seen.unread });
    unread = seen.unread;
  }

  let unsubscribe: () => void;
  try {
    unsubscribe = await deps.notificationEvents.subscribe(companyId, onEvent);
  } catch {
    throw new HttpError(503, 'stream_unavailable', 'Live updates are not available right now; the page still works.');
  }
  const heartbeat = setInterval(() => {
    if (!stream.writableEnded) stream.write(': keep-alive\n\n');
  }, deps.config.notificationHeartbeatMs);
  const lifetime = setTimeout(() => close(), longestStreamMs);
  let closed = false;
  function close() {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    clearTimeout(lifetime);
    unsubscribe();
    stream.end();
  }
  // The browser went away (a closed tab, a page left): stop listening for it.
  ctx.req.once('close', close);
  stream.once('error', close);

  ctx.req.socket.setTimeout(0);
  ctx.req.socket.setNoDelay(true);
  ctx.req.socket.setKeepAlive(true);
  ctx.status = 200;
  ctx.set({ 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', 'x-accel-buffering': 'no' });
  ctx.body = stream;
  // After a lost connection the browser waits this long before it reconnects.
  stream.write('retry: 5000\n\n');
  send({ type: 'unread', unread });
}
