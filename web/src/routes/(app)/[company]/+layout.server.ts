import { error, type RequestEvent } from '@sveltejs/kit';
import type { BillingStanding } from '#lib/components/billing/types';
import { abilityFor } from '#lib/permissions';
import { answer } from '#lib/server/api-client';
import type { CompanyDetails } from '#lib/types';
import type { LayoutServerLoad } from './$types';

/**
 * `[company]` is a company id. A person sees only companies they belong to; any other id,
 * whether it exists or not, is a plain 404 so that ids of other companies reveal nothing.
 * The company's details come along: its branding, plan and seats, and the packed rules
 * that tell every page below what this person may do here. For those who can read billing,
 * whether a payment failed: every page of the company shows it to them.
 */
export const load: LayoutServerLoad = async (event) => {
  event.depends('atrium:company');
  // Asked alongside /api/me rather than after it; for a stranger's id the 404 below wins.
  const [{ me }, details] = await Promise.all([
    event.parent(),
    answer(event.locals.api.GET('/api/companies/{companyId}', { params: { path: { companyId: event.params.company } } })),
  ]);

  const membership = me.companies.find((candidate) => candidate.id === event.params.company);
  if (!membership || details.status === 403 || details.status === 400) {
    error(404, 'This company does not exist, or you are not a member of it.', { code: 'company_not_found' });
  }
  if (!details.ok) error(details.status, details.problem.message, { code: details.problem.error });

  return { company: details.data, billingStanding: await billingStanding(event, details.data) };
};

/** How long every company page waits for the payment-problem banner before showing without it. */
const standingWaitMs = 3_000;

/**
 * The subscription's status and any failed payment being collected, or null when the person
 * may not see billing or the API cannot say quickly: a banner is not worth failing, or
 * slowing, every page of the company (the billing page shows the same problem on its own).
 */
async function billingStanding(event: RequestEvent, company: CompanyDetails): Promise<BillingStanding | null> {
  if (!abilityFor(company.rules).can('read', 'Billing')) return null;
  const overview = await Promise.race([
    answer(event.locals.api.GET('/api/companies/{companyId}/billing', { params: { path: { companyId: company.id } } })),
    new Promise<null>((resolve) => setTimeout(resolve, standingWaitMs, null)),
  ]);
  if (!overview) return null;
  if (!overview.ok) return null;
  return { status: overview.data.subscription.status, dunning: overview.data.dunning };
}
