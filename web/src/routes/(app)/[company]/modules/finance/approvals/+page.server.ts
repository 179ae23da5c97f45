import { abilityFor } from '#lib/permissions';
import { answer } from '#lib/server/api-client';
import { financePath, pageProblem } from '../finance.server';
import type { PageServerLoad } from './$types';

/** Claims waiting for the person's decision and, for finance approvers, approved claims to pay back. */
export const load: PageServerLoad = async (event) => {
  const { company } = await event.parent();
  const ability = abilityFor(company.rules);
  const path = financePath(event.params.company);
  const [toDecide, toReimburse] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/finance/claims', { params: { path, query: { scope: 'to_decide', limit: 200 } } })),
    ability.can('manage', 'finance') ? answer(event.locals.api.GET('/api/companies/{companyId}/modules/finance/claims', { params: { path, query: { scope: 'to_reimburse', limit: 200 } } })) : null,
  ]);
  if (!toDecide.ok) return { toDecide: [], toReimburse: [], problem: pageProblem(toDecide) };
  return { toDecide: toDecide.data.claims, toReimburse: toReimburse?.ok ? toReimburse.data.claims : [], problem: null };
};
