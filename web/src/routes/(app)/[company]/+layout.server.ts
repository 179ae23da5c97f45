import { error, redirect } from '@sveltejs/kit';
import { applySetCookies, callApi } from '#lib/server/api';
import { companyPath } from '#lib/server/company-path';
import type { CompanyDetails } from '#lib/types';
import type { LayoutServerLoad } from './$types';

/**
 * `[company]` is a company id. A person sees only companies they belong to; any other id,
 * whether it exists or not, is a plain 404 so that ids of other companies reveal nothing.
 * The company's details come along: its branding, plan and seats, and the packed rules
 * that tell every page below what this person may do here.
 */
export const load: LayoutServerLoad = async (event) => {
  event.depends('atrium:company');
  // Asked alongside /api/me rather than after it; for a stranger's id the 404 below wins.
  const [{ me }, details] = await Promise.all([
    event.parent(),
    callApi<CompanyDetails>(event, companyPath(event.params.company)),
  ]);
  applySetCookies(event.cookies, details.setCookies);

  const membership = me.companies.find((candidate) => candidate.id === event.params.company);
  if (!membership || details.status === 403 || details.status === 400) {
    error(404, 'This company does not exist, or you are not a member of it.', { code: 'company_not_found' });
  }
  if (details.status === 401) redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  if (!details.ok) error(details.status, details.problem.message, { code: details.problem.error });

  return { company: details.data };
};
