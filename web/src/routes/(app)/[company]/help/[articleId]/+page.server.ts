import { error, fail } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const article = await answer(event.locals.api.GET('/api/companies/{companyId}/help/articles/{articleId}', { params: { path: { companyId: event.params.company, articleId: event.params.articleId } } }));
  if (!article.ok) error(article.status === 400 ? 404 : article.status, article.problem.message, { code: article.problem.error });
  return { article: article.data };
};

export const actions: Actions = {
  /** "Was this helpful?": yes or no, one answer per person, which they may change. */
  vote: async (event) => {
    const helpful = textField(await event.request.formData(), 'helpful') === 'yes';
    const voted = await answer(
      event.locals.api.PUT('/api/companies/{companyId}/help/articles/{articleId}/vote', { params: { path: { companyId: event.params.company, articleId: event.params.articleId } }, body: { helpful } }),
    );
    if (!voted.ok) return fail(voted.status, { message: voted.problem.message });
    return { voted: voted.data.myVote };
  },
};
