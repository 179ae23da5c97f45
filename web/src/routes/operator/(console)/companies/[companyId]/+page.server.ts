import { error } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import type { PageServerLoad } from './$types';

/** One company's account. Loading it writes "Atrium support viewed your account" into the company's audit log. */
export const load: PageServerLoad = async (event) => {
  const company = await answer(event.locals.api.GET('/api/operator/companies/{companyId}', { params: { path: { companyId: event.params.companyId } } }));
  if (!company.ok) error(company.status === 400 ? 404 : company.status, company.problem.message, { code: company.problem.error });
  return { company: company.data };
};
