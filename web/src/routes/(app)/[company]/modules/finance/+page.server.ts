import { moduleHomeAsides } from '#lib/server/module-home';
import { moduleLandingActions } from '#lib/server/module-landing';
import type { Actions, PageServerLoad } from './$types';

/**
 * Finance's home: what the module was set up with and its setup checklist (from the layout's
 * landing), the usage meter of the plan's Finance limits, help and what's new.
 */
export const load: PageServerLoad = (event) => moduleHomeAsides(event, 'finance');

export const actions: Actions = moduleLandingActions(() => 'finance');
