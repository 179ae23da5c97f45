import { fail } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import { emptyForm, saved, submitForm } from '#lib/server/form-action';
import { cmsPath, pageProblem } from '../../cms.server';
import { pageEditForm } from './page-form';
import type { Actions, PageServerLoad } from './$types';

const pageParams = (companyId: string, pageId: string) => ({ params: { path: { ...cmsPath(companyId), pageId } } });

/** The page editor: the draft in the form, its state, its revisions, and the site's images to insert. */
export const load: PageServerLoad = async (event) => {
  const page = await answer(event.locals.api.GET('/api/companies/{companyId}/modules/cms/pages/{pageId}', pageParams(event.params.company, event.params.pageId)));
  if (!page.ok) return { page: null, problem: pageProblem(page, { notFound: true }), form: null, media: [] };
  const media = await answer(event.locals.api.GET('/api/companies/{companyId}/modules/cms/sites/{siteId}/media', { params: { path: { ...cmsPath(event.params.company), siteId: page.data.siteId } } }));
  const { title, slug, seoTitle, seoDescription, html } = page.data;
  return { page: page.data, problem: null, form: await emptyForm(pageEditForm, { title, slug, seoTitle, seoDescription, html }), media: media.ok ? media.data.media : [] };
};

/** A refusal of a one-button action (publish, restore) as a sentence above the editor. */
const refused = (result: { status: number; problem: { message: string } }) => fail(result.status >= 400 && result.status < 600 ? result.status : 500, { actionError: result.problem.message });

export const actions: Actions = {
  save: async (event) => {
    const sent = await submitForm(event, pageEditForm, (body) =>
      answer(event.locals.api.PATCH('/api/companies/{companyId}/modules/cms/pages/{pageId}', { ...pageParams(event.params.company, event.params.pageId), body })),
    );
    if (!sent.ok) return sent.failure;
    return saved(sent.form, sent.data.status === 'draft' ? 'Draft saved. Preview it, then publish.' : 'Draft saved. The public page changes when you publish.');
  },
  publish: async (event) => {
    const result = await answer(event.locals.api.POST('/api/companies/{companyId}/modules/cms/pages/{pageId}/publish', pageParams(event.params.company, event.params.pageId)));
    if (!result.ok) return refused(result);
    return { actionDone: `Published: visitors now read revision ${result.data.revisions[0]?.number ?? 1}.` };
  },
  unpublish: async (event) => {
    const result = await answer(event.locals.api.POST('/api/companies/{companyId}/modules/cms/pages/{pageId}/unpublish', pageParams(event.params.company, event.params.pageId)));
    if (!result.ok) return refused(result);
    return { actionDone: 'Taken off the site. The draft and its revisions are kept.' };
  },
  restore: async (event) => {
    const revisionId = String((await event.request.formData()).get('revisionId') ?? '');
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/cms/pages/{pageId}/revisions/{revisionId}/restore', { params: { path: { ...cmsPath(event.params.company), pageId: event.params.pageId, revisionId } } }),
    );
    if (!result.ok) return refused(result);
    return { actionDone: 'The revision is back in the draft. Publish to show it again.' };
  },
};
