import { fail } from '@sveltejs/kit';
import { supportSavedReplyInput } from '@atrium/core';
import { answer } from '#lib/server/api-client';
import { emptyForm, saved, submitForm } from '#lib/server/form-action';
import { pageProblem, supportPath } from '../support.server';
import type { Actions, PageServerLoad } from './$types';

/** Saved replies: the answers agents insert on a ticket, and the form to write one. */
export const load: PageServerLoad = async (event) => {
  const result = await answer(event.locals.api.GET('/api/companies/{companyId}/modules/support/saved-replies', { params: { path: supportPath(event.params.company) } }));
  const form = await emptyForm(supportSavedReplyInput);
  if (!result.ok) return { savedReplies: null, problem: pageProblem(result), form };
  return { savedReplies: result.data.savedReplies, problem: null, form };
};

export const actions: Actions = {
  create: async (event) => {
    const sent = await submitForm(event, supportSavedReplyInput, (body) =>
      answer(event.locals.api.POST('/api/companies/{companyId}/modules/support/saved-replies', { params: { path: supportPath(event.params.company) }, body })),
    );
    if (!sent.ok) return sent.failure;
    return saved(sent.form, `“${sent.data.title}” is saved.`);
  },
  remove: async (event) => {
    const replyId = String((await event.request.formData()).get('replyId') ?? '');
    const result = await answer(
      event.locals.api.DELETE('/api/companies/{companyId}/modules/support/saved-replies/{replyId}', { params: { path: { ...supportPath(event.params.company), replyId } } }),
    );
    if (!result.ok) return fail(result.status >= 400 && result.status < 600 ? result.status : 500, { removeError: result.problem.message });
    return { removed: true };
  },
};
