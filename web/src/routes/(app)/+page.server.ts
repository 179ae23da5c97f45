import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** `/` is the way in: straight to a company's dashboard when the person has one. */
export const load: PageServerLoad = async ({ parent, url }) => {
  const { me } = await parent();
  // The company switcher's no-JavaScript fallback submits ?company=<id> here.
  const requested = url.searchParams.get('company');
  const company = me.companies.find((candidate) => candidate.id === requested) ?? me.companies[0];
  if (company) redirect(303, `/${company.id}`);
  return {};
};
