import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

/**
 * `[company]` is a company id. A person sees only companies they belong to; any other id,
 * whether it exists or not, is a plain 404 so that ids of other companies reveal nothing.
 */
export const load: LayoutServerLoad = async ({ params, parent }) => {
  const { me } = await parent();
  const company = me.companies.find((membership) => membership.id === params.company);
  if (!company) error(404, 'This company does not exist, or you are not a member of it.', { code: 'company_not_found' });
  return { company };
};
