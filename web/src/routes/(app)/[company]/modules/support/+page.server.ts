import { answer } from '#lib/server/api-client';
import { helpLinksFor } from '#lib/server/help-links';
import { moduleLandingActions } from '#lib/server/module-landing';
import { supportPath } from './support.server';
import type { Actions, PageServerLoad } from './$types';

/** Support desk's home: the setup checklist, the usage meter, the support address and form, and the SLA policy. */
export const load: PageServerLoad = async (event) => {
  // The "setting up" retry invalidates this: the SLA policy appears with the settings.
  event.depends('atrium:module');
  const path = supportPath(event.params.company);
  const [usage, mailbox, policies, helpArticles] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/{module}/usage', { params: { path: { ...path, module: 'support' } } })),
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/support/mailbox', { params: { path } })),
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/support/sla-policies', { params: { path } })),
    helpLinksFor(event, 'support'),
  ]);
  return { usage: usage.ok ? usage.data : null, mailbox: mailbox.ok ? mailbox.data : null, policies: policies.ok ? policies.data.policies : [], helpArticles };
};

export const actions: Actions = moduleLandingActions(() => 'support');
