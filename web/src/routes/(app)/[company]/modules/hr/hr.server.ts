import { error, fail } from '@sveltejs/kit';
import type { ApiError } from '@atrium/core';
import type { Answer } from '#lib/server/api-client';
import type { HrNotice } from './types';

/** The path parameters of every HR call. */
export const hrPath = (companyId: string) => ({ companyId });

/**
 * An HR page's answer that is not the data: a record that is not there is a 404 page, a
 * role without access a 403 page, both inside the shell. A 402 (HR not bought, or its trial
 * over) is not an error of the page: the HR layout shows the way to the marketplace in its
 * place, so the page only keeps the sentence.
 */
export function pageProblem(result: Extract<Answer<unknown>, { ok: false }>, { notFound = false } = {}): ApiError {
  if (notFound && result.status === 404) error(404, result.problem.message, { code: result.problem.error });
  if (result.status === 403) error(403, result.problem.message, { code: result.problem.error });
  return result.problem;
}

/** A refused HR action, with the API's sentence and per-field messages, and what was typed. */
export function refusedAction<Values extends Record<string, string>>(result: Extract<Answer<unknown>, { ok: false }>, values: Values, id?: string) {
  return fail(result.status >= 400 && result.status < 600 ? result.status : 500, {
    notice: { tone: 'error', message: result.problem.message, id } satisfies HrNotice,
    fields: (result.problem.fields ?? {}) as Partial<Record<keyof Values, string>>,
    values,
  });
}

/** The year a page's balances are for (`?year=`), this year unless another is asked for. */
export function yearOf(url: URL): number {
  const asked = Number.parseInt(url.searchParams.get('year') ?? '', 10);
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : new Date().getUTCFullYear();
}
