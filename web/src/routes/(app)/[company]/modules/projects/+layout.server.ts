import { answer } from '#lib/server/api-client';
import { loadModuleLanding } from '#lib/server/module-landing';
import type { LayoutServerLoad } from './$types';

/**
 * Every Projects page sits behind the module gate (402 → the marketplace, 403 → the error
 * page inside the shell), as HR's do. The company's people come along, so task owners read
 * as names and the owner pickers can list them.
 */
export const load: LayoutServerLoad = async (event) => {
  event.depends('atrium:module');
  const companyId = event.params.company;
  const [projects, members] = await Promise.all([
    loadModuleLanding(event, companyId, 'projects'),
    answer(event.locals.api.GET('/api/companies/{companyId}/members', { params: { path: { companyId } } })),
  ]);
  const people = members.ok ? members.data.members.map(({ userId, name, email }) => ({ userId, name: name || email })) : [];
  return { projects, people };
};
