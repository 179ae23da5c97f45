import { answer } from '#lib/server/api-client';
import { loadModuleLanding } from '#lib/server/module-landing';
import { hrPath } from './hr.server';
import type { LayoutServerLoad } from './$types';

/**
 * Every HR page sits behind the module gate, as the generic module landing does: HR not
 * bought (402) shows the way to the marketplace in place of the page, a role without HR is
 * a 403 page inside the shell. The requests waiting for the person's decision come along,
 * for the count on the Approvals tab.
 */
export const load: LayoutServerLoad = async (event) => {
  event.depends('atrium:module');
  const companyId = event.params.company;
  const [hr, toDecide] = await Promise.all([
    loadModuleLanding(event, companyId, 'hr'),
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/hr/leave-requests', { params: { path: hrPath(companyId), query: { scope: 'to_decide' } } })),
  ]);
  return { hr, waitingForDecision: toDecide.ok ? toDecide.data.leaveRequests.length : 0 };
};
