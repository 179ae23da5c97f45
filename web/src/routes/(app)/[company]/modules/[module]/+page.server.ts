import { error } from '@sveltejs/kit';
import { isModuleKey, moduleNames, type ModuleKey } from '@atrium/core';
import { helpLinksFor } from '#lib/server/help-links';
import { loadModuleLanding, moduleLandingActions } from '#lib/server/module-landing';
import { whatsNewFor } from '#lib/server/module-updates';
import type { Actions, PageServerLoad } from './$types';

/**
 * A module's landing, behind the module gate (`#lib/server/module-landing`). A module the
 * company has not bought (the API's 402) shows the way to the marketplace instead of its
 * data; a role without access to it is a 403 page, like billing for those who cannot see it.
 */
export const load: PageServerLoad = async (event) => {
  event.depends('atrium:module');
  const module = moduleOf(event);
  const [landing, helpArticles, whatsNew] = await Promise.all([loadModuleLanding(event, event.params.company, module), helpLinksFor(event, module), whatsNewFor(event, module)]);
  return { key: module, ...landing, helpArticles, whatsNew };
};

export const actions: Actions = moduleLandingActions(moduleOf);

function moduleOf(event: { params: Partial<Record<string, string>> }): ModuleKey {
  const { module } = event.params;
  if (!isModuleKey(module)) error(404, `There is no such module. Atrium's modules are ${Object.values(moduleNames).join(', ')}.`, { code: 'not_found' });
  return module;
}
