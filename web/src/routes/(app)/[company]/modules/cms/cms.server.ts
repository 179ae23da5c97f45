import { error } from '@sveltejs/kit';
import type { ApiError } from '@atrium/core';
import type { Answer } from '#lib/server/api-client';

/** The path parameters of every CMS call. */
export const cmsPath = (companyId: string) => ({ companyId });

/**
 * A CMS page's answer that is not the data: a page or site that is not there is a 404 page,
 * a role without access a 403 page. A 402 is the layout's gate; the page keeps the sentence.
 */
export function pageProblem(result: Extract<Answer<unknown>, { ok: false }>, { notFound = false } = {}): ApiError {
  if (notFound && result.status === 404) error(404, result.problem.message, { code: result.problem.error });
  if (result.status === 403) error(403, result.problem.message, { code: result.problem.error });
  return result.problem;
}
