import { error, fail } from '@sveltejs/kit';
import type { ApiError } from '@atrium/core';
import type { Answer } from '#lib/server/api-client';

/**
 * An Analytics page's answer that is not the data: a dashboard that is not there is a 404
 * page, a role without access a 403 page, both inside the shell; a 402 (Analytics not
 * bought) is the layout's gate, so the page keeps the sentence (a range past the plan's history).
 */
export function pageProblem(result: Extract<Answer<unknown>, { ok: false }>): ApiError {
  if (result.status === 404) error(404, result.problem.message, { code: result.problem.error });
  if (result.status === 403) error(403, result.problem.message, { code: result.problem.error });
  return result.problem;
}

export interface AnalyticsNotice {
  tone: 'success' | 'error';
  message: string;
  /** Which form it is about: `dashboard`, `widget`, `report`, `widget:<id>`… */
  scope: string;
}

/** A refused action: the API's sentence next to its form, with the API's status. */
export function refused(result: Extract<Answer<unknown>, { ok: false }>, scope: string) {
  return fail(result.status >= 400 && result.status < 600 ? result.status : 500, { notice: { tone: 'error', message: result.problem.message, scope } satisfies AnalyticsNotice });
}

export const done = (message: string, scope: string) => ({ notice: { tone: 'success', message, scope } satisfies AnalyticsNotice });
