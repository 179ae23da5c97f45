import type { Middleware } from 'koa';
import { bodyTooLarge } from './body-limit';
import { databaseUnavailable, isDatabaseUnavailable } from './database-unavailable';
import { HttpError } from './http-error';

/** Every failure leaves as JSON `{error, message}`: never a stack trace, never HTML. */
export function errorsAsJson(): Middleware {
  return async (ctx, next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined && ctx.respond !== false) {
        throw new HttpError(404, 'not_found', `There is no ${ctx.method} ${ctx.path}.`);
      }
    } catch (error) {
      const known = toHttpError(error);
      if (known?.code === 'database_unavailable') {
        ctx.log?.warn({ reason: (error as Error).message }, 'database unavailable');
      } else if (!known) {
        ctx.log?.error({ err: error }, 'unhandled error');
      }
      const failure = known ?? new HttpError(500, 'internal', `Something went wrong on our side. Try again; if it keeps happening, contact support with request id ${ctx.state.requestId}.`);
      ctx.status = failure.status;
      if (failure.retryAfterSeconds !== undefined) ctx.set('Retry-After', String(failure.retryAfterSeconds));
      ctx.body = { error: failure.code, message: failure.message, ...(failure.fields ? { fields: failure.fields } : {}), ...(failure.details ? { details: failure.details } : {}) };
    }
  };
}

function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  // Errors raised by koa and the body parser carry an HTTP status and an `expose` flag.
  const status = (error as { status?: number })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    if (status === 413) return bodyTooLarge();
    if (status === 415) return new HttpError(415, 'unsupported_media_type', 'Send the request body as application/json.');
    return new HttpError(status, 'invalid_request', 'The request body is not valid JSON.');
  }
  return undefined;
}
