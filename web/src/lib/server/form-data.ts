import { fail, type ActionFailure } from '@sveltejs/kit';
import type { ApiResult } from './api';
import type { FormProblem } from '#lib/types';

/** A text field of a submitted form; anything missing or not text is ''. */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * A refused API call as a failed form action: the API's sentence, its per-field messages,
 * and what the person typed (never passwords) so the form can show it again.
 */
export function refused<Field extends string>(
  result: Extract<ApiResult<unknown>, { ok: false }>,
  values: Partial<Record<Field, string>> = {},
): ActionFailure<FormProblem<Field>> {
  return fail(result.status >= 400 ? result.status : 500, {
    message: result.problem.message,
    fields: (result.problem.fields ?? {}) as FormProblem<Field>['fields'],
    values,
  });
}
