import { answer } from '#lib/server/api-client';
import { loadModuleLanding } from '#lib/server/module-landing';
import { cmsPath } from './cms.server';
import type { LayoutServerLoad } from './$types';

/**
 * Every CMS page sits behind the module gate, as the other modules' do: not bought (402)
 * shows the way to the marketplace in place of the page, a role without CMS is a 403 page
 * inside the shell. The company's sites come along for the tabs.
 */
export const load: LayoutServerLoad = async (event) => {
  event.depends('atrium:module');
  const companyId = event.params.company;
  const [cms, sites] = await Promise.all([
    loadModuleLanding(event, companyId, 'cms'),
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/cms/sites', { params: { path: cmsPath(companyId) } })),
  ]);
  return { cms, sites: sites.ok ? sites.data.sites : [] };
};
