import type { z } from 'zod';
import { HttpError } from './http-error';

/** Parses input with a `core` schema; a failure becomes a 400 that names each bad field. */
export function validate<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || '_';
    // The schemas in `core` phrase every message for people, missing fields included.
    fields[key] ??= issue.message;
  }
  throw new HttpError(400, 'invalid_request', Object.values(fields)[0] ?? 'The request is not valid.', fields);
}
