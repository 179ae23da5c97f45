import { error, fail } from '@sveltejs/kit';
import type { ApiError } from '@atrium/core';
import type { Answer } from '#lib/server/api-client';

/** The path parameters of every Finance call. */
export const financePath = (companyId: string) => ({ companyId });

/** A page's refused read: 404 and 403 are error pages inside the shell; a 402 stays a sentence (the layout shows the gate). */
export function pageProblem(result: Extract<Answer<unknown>, { ok: false }>, { notFound = false } = {}): ApiError {
  if (notFound && result.status === 404) error(404, result.problem.message, { code: result.problem.error });
  if (result.status === 403) error(403, result.problem.message, { code: result.problem.error });
  return result.problem;
}

import type { FinanceNotice } from '#lib/components/finance/format';
export type { FinanceNotice };

/** A refused action with the API's sentence. */
export const refused = (result: Extract<Answer<unknown>, { ok: false }>, id?: string) =>
  fail(result.status >= 400 && result.status < 600 ? result.status : 500, { notice: { tone: 'error', message: result.problem.message, id } as FinanceNotice });
/** A refusal of the dashboard's own (nothing chosen to upload, a bad amount). */
export const problem = (message: string, status = 400) => fail(status, { notice: { tone: 'error', message } as FinanceNotice });
export const done = (message: string, id?: string) => ({ notice: { tone: 'success', message, id } as FinanceNotice });
