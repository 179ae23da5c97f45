import { answer } from '#lib/server/api-client';
import { moduleHomeAsides } from '#lib/server/module-home';
import { moduleLandingActions } from '#lib/server/module-landing';
import { supportPath } from './support.server';
import type { Actions, PageServerLoad } from './$types';

/** Support desk's home: the setup checklist, the usage meter, the support address and form, the SLA policy, help and what's new. */
export const load: PageServerLoad = async (event) => {
  // The "setting up" retry invalidates this: the SLA policy appears with the settings.
  event.depends('atrium:module');
  const path = supportPath(event.params.company);
  const [asides, mailbox, policies] = await Promise.all([
    moduleHomeAsides(event, 'support'),
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/support/mailbox', { params: { path } })),
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/support/sla-policies', { params: { path } })),
  ]);
  return { ...asides, mailbox: mailbox.ok ? mailbox.data : null, policies: policies.ok ? policies.data.policies : [] };
};

export const actions: Actions = moduleLandingActions(() => 'support');
