import { loadModuleLanding } from '#lib/server/module-landing';
import type { LayoutServerLoad } from './$types';

/** Every Analytics page sits behind the module gate: not bought (402) shows the way to the marketplace instead. */
export const load: LayoutServerLoad = async (event) => {
  event.depends('atrium:module');
  return { analytics: await loadModuleLanding(event, event.params.company, 'analytics') };
};
