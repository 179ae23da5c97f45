import { PassThrough } from 'node:stream';
import type { ChatStreamEvent } from '@atrium/core';
import type { Context } from 'koa';

/** A stream lives at most this long; the browser's EventSource then connects again and passes the guards again. */
const longestStreamMs = 30 * 60_000;

export interface ChatEventStream {
  send(event: ChatStreamEvent): void;
  /** Called once when the stream ends, whoever ends it (the browser, the lifetime, the server). */
  onClose(done: () => void): void;
  close(): void;
}

/**
 * Turns the response into a Server-Sent Events stream, as the bell's stream does: a
 * `retry` hint, a keep-alive comment every `heartbeatMs`, `event: <type>` and
 * `data: <JSON>` per event, and an end when the browser goes away.
 */
export function openChatEventStream(ctx: Context, heartbeatMs: number): ChatEventStream {
  const stream = new PassThrough();
  const closers: Array<() => void> = [];
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    clearTimeout(lifetime);
    for (const done of closers) done();
    stream.end();
  };
  const heartbeat = setInterval(() => {
    if (!stream.writableEnded) stream.write(': keep-alive\n\n');
  }, heartbeatMs);
  const lifetime = setTimeout(close, longestStreamMs);
  ctx.req.once('close', close);
  stream.once('error', close);

  ctx.req.socket.setTimeout(0);
  ctx.req.socket.setNoDelay(true);
  ctx.req.socket.setKeepAlive(true);
  ctx.status = 200;
  ctx.set({ 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', 'x-accel-buffering': 'no' });
  ctx.body = stream;
  stream.write('retry: 3000\n\n');
  return {
    send(event) {
      if (!stream.writableEnded) stream.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    },
    onClose(done) {
      if (closed) done();
      else closers.push(done);
    },
    close,
  };
}
