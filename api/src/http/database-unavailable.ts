import { HttpError } from './http-error';

/**
 * Errors that say PostgreSQL is not reachable now (restarting, failing over, refusing new
 * connections), as opposed to a query that is wrong. pg reports them by socket error codes,
 * by SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server shutting down or
 * starting), or only by a message; MikroORM wraps them keeping the code and the cause.
 */
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
const serverCodes = new Set(['57P01', '57P02', '57P03']);
const messages = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Client was closed and is not queryable/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, message, cause, errors } = current as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string' && (socketCodes.has(code) || serverCodes.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && messages.some((pattern) => pattern.test(message))) return true;
    // `connect` to 'localhost' tries ::1 and 127.0.0.1 and rejects with both.
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    current = cause;
  }
  return false;
}

/**
 * 503 with Retry-After. It cannot promise that nothing was saved: the connection may have
 * broken after PostgreSQL committed but before it said so. Hence "check, then try again".
 */
export const databaseUnavailable = () => {
  const error = new HttpError(503, 'database_unavailable', 'Atrium cannot reach its database just now. Try again in a few seconds; if you were saving something, check first whether it was saved.');
  error.retryAfterSeconds = 5;
  return error;
};
