import type { UpdateCompanyProfileRequest } from '@atrium/core';
import { Company, Invoice, withTenant, type CompanyEntity, type EntityManager } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { recordAudit } from '../audit/record-audit';
import type { Person } from '../http/guards';
import { HttpError } from '../http/http-error';
import { completeOnboardingStep } from '../onboarding/complete-onboarding-step';

/**
 * Invoices are in the subscription's currency; once one exists, the currency stays, or a
 * company's invoices, credits and prorations would mix currencies.
 */
export async function currencyLocked(em: EntityManager, companyId: string): Promise<boolean> {
  return (await em.count(Invoice, { company: companyId })) > 0;
}

export const currencyLockedMessage =
  'Your currency is fixed once you have an invoice, so that every invoice and credit is in one currency. To bill in another currency, cancel and start a new company in it, or ask Atrium support.';

/** Changes the fields sent; the profile step of onboarding is done once the legal basics are in. */
export async function updateProfile(deps: ApiDependencies, companyId: string, actor: Person, changes: UpdateCompanyProfileRequest) {
  const company = await withTenant(deps.orm, { companyId, userId: actor.id }, async (em) => {
    const company = await em.findOneOrFail(Company, companyId);
    if (changes.currency !== undefined && changes.currency !== company.currency && (await currencyLocked(em, companyId))) {
      throw new HttpError(409, 'currency_locked', currencyLockedMessage, { currency: currencyLockedMessage });
    }
    const before = profileFields(company);
    const { displayName, address, ...rest } = changes;
    em.assign(company, {
      ...rest,
      ...(displayName !== undefined ? { name: displayName } : {}),
      ...(address !== undefined ? { address: { ...company.address, ...address } } : {}),
    });
    const after = profileFields(company);
    const changed = Object.keys(after).filter((key) => after[key] !== before[key]);
    if (changed.length) {
      recordAudit(em, { companyId, actor, category: 'company', action: 'profile.updated', target: company.name, details: { fields: changed } });
    }
    await em.flush();
    return company;
  });
  if (company.legalName && company.country && company.billingEmail) {
    await completeOnboardingStep(deps, companyId, 'company_profile');
  }
  return company;
}

/** The audited profile fields, each as a comparable string. */
function profileFields(company: CompanyEntity): Record<string, string> {
  const { name, legalName, billingEmail, taxId, country, timezone, currency, address } = company;
  return Object.fromEntries(
    Object.entries({ name, legalName, billingEmail, taxId, country, timezone, currency, address }).map(([key, value]) => [key, JSON.stringify(value)]),
  );
}
