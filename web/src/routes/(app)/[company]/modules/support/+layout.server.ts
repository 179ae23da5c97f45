import { answer } from '#lib/server/api-client';
import { loadModuleLanding } from '#lib/server/module-landing';
import type { LayoutServerLoad } from './$types';

/**
 * Every Support desk page sits behind the module gate, as HR's do: not bought (402) shows
 * the way to the marketplace in place of the page, a role without Support desk is a 403
 * page inside the shell. The company's people come along, so assignees read as names and
 * the ticket page can offer them.
 */
export const load: LayoutServerLoad = async (event) => {
  event.depends('atrium:module');
  const companyId = event.params.company;
  const [support, members] = await Promise.all([
    loadModuleLanding(event, companyId, 'support'),
    answer(event.locals.api.GET('/api/companies/{companyId}/members', { params: { path: { companyId } } })),
  ]);
  const people = members.ok ? members.data.members.map(({ userId, name, email }) => ({ userId, name: name || email })) : [];
  return { support, members: people };
};
