import { answer } from '#lib/server/api-client';
import { loadModuleLanding } from '#lib/server/module-landing';
import { financePath } from './finance.server';
import type { LayoutServerLoad } from './$types';

/**
 * Every Finance page sits behind the module gate (402 → the marketplace, a role without
 * Finance → a 403 page), as HR's do. The claims waiting for the person come along for the
 * count on the Approvals tab.
 */
export const load: LayoutServerLoad = async (event) => {
  event.depends('atrium:module');
  const companyId = event.params.company;
  const [finance, toDecide] = await Promise.all([
    loadModuleLanding(event, companyId, 'finance'),
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/finance/claims', { params: { path: financePath(companyId), query: { scope: 'to_decide', limit: 200 } } })),
  ]);
  return { finance, waitingForDecision: toDecide.ok ? toDecide.data.total : 0 };
};
