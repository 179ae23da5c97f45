import { error, fail } from '@sveltejs/kit';
import type { ApiError } from '@atrium/core';
import type { Answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';

/**
 * A Projects page's answer that is not the data: a record that is not there is a 404 page, a
 * role without access a 403 page, both inside the shell. A 402 (Projects not bought) is the
 * layout's gate, so the page keeps only the sentence.
 */
export function pageProblem(result: Extract<Answer<unknown>, { ok: false }>): ApiError {
  if (result.status === 404) error(404, result.problem.message, { code: result.problem.error });
  if (result.status === 403) error(403, result.problem.message, { code: result.problem.error });
  return result.problem;
}

export interface ProjectsNotice {
  tone: 'success' | 'error';
  message: string;
  /** Which form it is about: `task`, `milestone`, `guest`, `move:<taskId>`… */
  scope: string;
}

/** A refused action: the API's sentence next to the form, with its status. */
export function refused(result: Extract<Answer<unknown>, { ok: false }>, scope: string) {
  return fail(result.status >= 400 && result.status < 600 ? result.status : 500, { notice: { tone: 'error', message: result.problem.message, scope } satisfies ProjectsNotice });
}

export const done = (message: string, scope: string) => ({ notice: { tone: 'success', message, scope } satisfies ProjectsNotice });

/** An optional date field: "" is none. */
export const optionalDate = (form: FormData, name: string): string | null => textField(form, name).trim() || null;
