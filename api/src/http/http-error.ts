/** A refusal a person can act on: a stable code, a sentence, and optionally field messages. */
export class HttpError extends Error {
  /** For a 429: how long to wait, sent as `Retry-After` so a client backs off by itself. */
  retryAfterSeconds?: number;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    /** Facts the dashboard acts on (e.g. the seats a purchase would take). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (message = 'There is nothing here.') => new HttpError(404, 'not_found', message);
export const forbidden = (message = 'You do not have access to this.') => new HttpError(403, 'forbidden', message);
export const unauthorized = () => new HttpError(401, 'unauthorized', 'Sign in to continue.');
