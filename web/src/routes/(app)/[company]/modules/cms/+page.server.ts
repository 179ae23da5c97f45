import { slugify } from '@atrium/core';
import { redirect } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import { emptyForm, submitForm } from '#lib/server/form-action';
import { helpLinksFor } from '#lib/server/help-links';
import { moduleLandingActions } from '#lib/server/module-landing';
import { whatsNewFor } from '#lib/server/module-updates';
import { cmsPath } from './cms.server';
import { newSiteForm } from './site-form';
import type { Actions, PageServerLoad } from './$types';

/** CMS's home: the setup checklist, the usage meter, the company's sites and the form for a new one. */
export const load: PageServerLoad = async (event) => {
  event.depends('atrium:module');
  const { company } = await event.parent();
  const [usage, helpArticles, whatsNew] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/{module}/usage', { params: { path: { ...cmsPath(event.params.company), module: 'cms' } } })),
    helpLinksFor(event, 'cms'),
    whatsNewFor(event, 'cms'),
  ]);
  const form = await emptyForm(newSiteForm, { name: 'Website', slug: slugify(company.name) });
  return { usage: usage.ok ? usage.data : null, helpArticles, whatsNew, form };
};

export const actions: Actions = {
  ...moduleLandingActions(() => 'cms'),
  createSite: async (event) => {
    const sent = await submitForm(event, newSiteForm, (body) =>
      answer(event.locals.api.POST('/api/companies/{companyId}/modules/cms/sites', { params: { path: cmsPath(event.params.company) }, body: { ...body, languages: ['en'] } })),
    );
    if (!sent.ok) return sent.failure;
    redirect(303, `/${event.params.company}/modules/cms/sites/${sent.data.id}`);
  },
};
