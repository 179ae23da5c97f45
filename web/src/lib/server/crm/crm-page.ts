import { error, redirect } from '@sveltejs/kit';
import type { ApiError } from '@atrium/core';
import { answer, type Answer } from '#lib/server/api-client';

/** The API path parameters of CRM's routes for a dashboard page of a company. */
export const crmParams = (companyId: string) => ({ path: { companyId } });

/** What the CRM layout hands the pages below it (see `modules/crm/+layout.server.ts`). */
export interface CrmGateState {
  landing: unknown;
}

/**
 * A page below the CRM home needs CRM open: a company that has not bought it, or a CRM the
 * API could not open, is sent to the CRM home, which shows the way to the marketplace or
 * the problem.
 */
export function requireOpenCrm(crm: CrmGateState, companyId: string): void {
  if (!crm.landing) redirect(303, `/${companyId}/modules/crm`);
}

/**
 * A read the API refused: no access (403) and a record that is not there (404) are the
 * error page inside the shell; CRM closed meanwhile (402) is the CRM home; anything else
 * is the page's own error state, with the API's sentence.
 */
export function readRefused(result: Extract<Answer<unknown>, { ok: false }>, companyId: string): ApiError {
  if (result.status === 402) redirect(303, `/${companyId}/modules/crm`);
  if (result.status === 403 || result.status === 404) error(result.status, result.problem.message, { code: result.problem.error });
  return result.problem;
}

/** A CRM page only some roles may open (adding, editing, importing): the others get a 403 page. */
export function requireAbility(allowed: boolean, message: string): void {
  if (!allowed) error(403, message, { code: 'forbidden' });
}

/** The contacts' custom fields, as every contact form needs them; none when the API cannot say. */
export async function customFieldsOf(event: { params: { company: string }; locals: App.Locals }) {
  const fields = await answer(event.locals.api.GET('/api/companies/{companyId}/modules/crm/custom-fields', { params: { path: { companyId: event.params.company } } }));
  return fields.ok ? fields.data.fields : [];
}

/**
 * The company's currency, for reading an amount typed in a form action (which has no
 * layout data): the deal's value is in it. EUR when the API cannot say; the API then
 * refuses the write anyway.
 */
export async function companyCurrency(event: { params: { company: string }; locals: App.Locals }): Promise<string> {
  const company = await answer(event.locals.api.GET('/api/companies/{companyId}', { params: { path: { companyId: event.params.company } } }));
  return company.ok ? company.data.profile.currency : 'EUR';
}
