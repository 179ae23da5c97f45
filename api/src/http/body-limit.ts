import { HttpError } from './http-error';

/** The most one JSON request may carry (koa-bodyparser's `jsonLimit`, better-auth's doors). */
export const jsonBodyLimitBytes = 100 * 1024;

/** The 413 a person gets past it, naming the limit (and the CSV files' own, which sits under it). */
export const bodyTooLarge = () =>
  new HttpError(
    413,
    'payload_too_large',
    'The request is larger than 100 kB, the most the API takes at once. A CSV import takes files of up to 90 kB: split the file and import the parts one by one.',
    undefined,
    { limitBytes: jsonBodyLimitBytes },
  );
