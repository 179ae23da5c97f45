import { fail } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import { callApi } from '#lib/server/api';
import { emptyForm, saved, submitForm } from '#lib/server/form-action';
import { cmsPath, pageProblem } from '../../cms.server';
import { languagesOf, newPageForm, siteSettingsForm } from './forms';
import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';

const noDepths: Record<string, number> = {};
const siteParams = (companyId: string, siteId: string) => ({ params: { path: { ...cmsPath(companyId), siteId } } });

/** One site: its page tree, the form for a new page, its settings and its images. */
export const load: PageServerLoad = async (event) => {
  const { company, siteId } = { company: event.params.company, siteId: event.params.siteId };
  const [site, media] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/cms/sites/{siteId}', siteParams(company, siteId))),
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/cms/sites/{siteId}/media', siteParams(company, siteId))),
  ]);
  if (!site.ok) return { site: null, problem: pageProblem(site, { notFound: true }), media: [], pageForm: null, settingsForm: null, depths: noDepths };
  const depths: Record<string, number> = {};
  for (const page of site.data.pages) depths[page.id] = page.parentId ? (depths[page.parentId] ?? 0) + 1 : 0;
  const [pageForm, settingsForm] = await Promise.all([
    emptyForm(newPageForm, undefined, { id: 'new-page' }),
    emptyForm(siteSettingsForm, { name: site.data.name, slug: site.data.slug, languages: site.data.languages.join(', '), domain: site.data.domain ?? '' }, { id: 'site-settings' }),
  ]);
  return { site: site.data, problem: null, media: media.ok ? media.data.media : [], pageForm, settingsForm, depths };
};

export const actions: Actions = {
  addPage: async (event) => {
    const sent = await submitForm(
      event,
      newPageForm,
      (body) =>
        answer(
          event.locals.api.POST('/api/companies/{companyId}/modules/cms/sites/{siteId}/pages', {
            ...siteParams(event.params.company, event.params.siteId),
            body: { title: body.title, slug: body.slug, parentId: body.parentId || null, ...(body.language ? { language: body.language } : {}) },
          }),
        ),
      { id: 'new-page' },
    );
    if (!sent.ok) return sent.failure;
    redirect(303, `/${event.params.company}/modules/cms/pages/${sent.data.id}`);
  },
  settings: async (event) => {
    const sent = await submitForm(
      event,
      siteSettingsForm,
      (body) =>
        answer(
          event.locals.api.PATCH('/api/companies/{companyId}/modules/cms/sites/{siteId}', {
            ...siteParams(event.params.company, event.params.siteId),
            body: { name: body.name, slug: body.slug, languages: languagesOf(body.languages), domain: body.domain || null },
          }),
        ),
      { id: 'site-settings' },
    );
    if (!sent.ok) return sent.failure;
    return saved(sent.form, 'Site settings saved.');
  },
  upload: async (event) => {
    const form = await event.request.formData();
    const file = form.get('image');
    if (!(file instanceof File) || file.size === 0) return fail(400, { uploadError: 'Choose an image to upload first.' });
    // The API reads the type from the bytes; the name only labels the image.
    const path = `/api/companies/${encodeURIComponent(event.params.company)}/modules/cms/sites/${encodeURIComponent(event.params.siteId)}/media?name=${encodeURIComponent(file.name.slice(0, 200))}`;
    const result = await callApi(event, path, { method: 'POST', bytes: { data: await file.arrayBuffer(), type: 'application/octet-stream' } });
    if (!result.ok) return fail(result.status >= 400 && result.status < 600 ? result.status : 500, { uploadError: result.problem.message });
    return { uploaded: 'Image uploaded. Copy its address into a page.' };
  },
};
