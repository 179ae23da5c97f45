import type { z } from 'zod';
import { HttpError } from './http-error';

type Issue = z.core.$ZodIssue;

/**
 * A union none of whose shapes matched says only "Invalid input"; the shape that came
 * closest (fewest problems, the first on a tie) says what to fix.
 */
function closestIssues(issues: readonly Issue[], prefix: PropertyKey[] = []): Array<{ path: PropertyKey[]; message: string }> {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, candidate) => (candidate.length < best.length ? candidate : best));
      if (closest.length > 0) return closestIssues(closest, path);
    }
    return [{ path, message: issue.message }];
  });
}

/** Parses input with a `core` schema; a failure becomes a 400 that names each bad field. */
export function validate<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of closestIssues(result.error.issues)) {
    const key = issue.path.map(String).join('.') || '_';
    // The schemas in `core` phrase every message for people, missing fields included.
    fields[key] ??= issue.message;
  }
  throw new HttpError(400, 'invalid_request', Object.values(fields)[0] ?? 'The request is not valid.', fields);
}
