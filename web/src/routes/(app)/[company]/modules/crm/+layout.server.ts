import { error } from '@sveltejs/kit';
import type { ApiError } from '@atrium/core';
import type { CrmPerson } from '#lib/components/crm/types';
import { answer } from '#lib/server/api-client';
import type { LayoutServerLoad } from './$types';

/**
 * Every CRM screen sits behind the module gate, asked once here: a company that has not
 * bought CRM (the API's 402) gets the way to the marketplace on the CRM home; a person whose
 * role has no CRM gets the 403 page inside the shell. The company's people come along, so
 * that owners and assignees read as names.
 */
export const load: LayoutServerLoad = async (event) => {
  event.depends('atrium:module');
  const companyId = event.params.company;
  const { api } = event.locals;
  const [landing, members] = await Promise.all([
    answer(api.GET('/api/companies/{companyId}/modules/{module}', { params: { path: { companyId, module: 'crm' } } })),
    answer(api.GET('/api/companies/{companyId}/members', { params: { path: { companyId } } })),
  ]);
  const people: CrmPerson[] = members.ok
    ? members.data.members.map(({ userId, name, email, role, moduleRoles }) => ({ userId, name, email, role, moduleRoles }))
    : [];

  if (landing.ok) return { crm: { landing: landing.data, gate: null, problem: null, people } };
  if (landing.status === 402 && landing.problem.error === 'module_not_active') {
    // The API names the same page (`marketplaceUrl`); the dashboard owns its own addresses.
    const gate = { message: landing.problem.message, marketplaceUrl: `/${companyId}/marketplace/crm` };
    return { crm: { landing: null, gate, problem: null, people } };
  }
  if (landing.status === 403) error(403, landing.problem.message, { code: landing.problem.error });
  return { crm: { landing: null, gate: null, problem: landing.problem satisfies ApiError, people } };
};
