import { redirect } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import type { PageServerLoad } from './$types';

/** `/` is the way in: straight to a company's dashboard when the person has one. */
export const load: PageServerLoad = async ({ parent, url, locals }) => {
  const { me } = await parent();
  // The company switcher's no-JavaScript fallback submits ?company=<id> here.
  const requested = url.searchParams.get('company');
  const company = me.companies.find((candidate) => candidate.id === requested) ?? me.companies[0];
  if (company) redirect(303, `/${company.id}`);
  // A client guest belongs to no company: their way in is the projects shared with them.
  const shared = await answer(locals.api.GET('/api/guest/projects'));
  if (shared.ok && shared.data.projects.length > 0) redirect(303, '/guest');
  return {};
};
