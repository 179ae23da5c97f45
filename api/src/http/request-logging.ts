import type { Middleware } from 'koa';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

declare module 'koa' {
  interface DefaultContext {
    log: Logger;
  }
}

const validRequestId = /^[\w.-]{1,128}$/;

/**
 * A request id (the caller's `x-request-id` when sane) on every log line and response.
 *
 * Costs next to nothing when nothing is written: the request's child logger is made the
 * first time something logs (most requests never do), and the request line's fields are
 * gathered only when its level is on (LOG_LEVEL=warn in production-like runs and benches).
 */
export function requestLogging(logger: Logger): Middleware {
  return async (ctx, next) => {
    const incoming = ctx.get('x-request-id');
    const requestId = validRequestId.test(incoming) ? incoming : randomUUID();
    ctx.state.requestId = requestId;
    ctx.set('x-request-id', requestId);
    let child: Logger | undefined;
    Object.defineProperty(ctx, 'log', {
      configurable: true,
      enumerable: false,
      get: () => (child ??= logger.child({ requestId })),
      set: (replacement: Logger) => {
        child = replacement;
      },
    });
    if (!logger.isLevelEnabled('info')) return next();
    const started = performance.now();
    try {
      await next();
    } finally {
      ctx.log.info(
        { method: ctx.method, path: ctx.path, status: ctx.status, ms: Math.round(performance.now() - started) },
        'request',
      );
    }
  };
}
