import { currencyLockedMessage, type Currency, type UpdateCompanyProfileRequest } from '@atrium/core';
import { changeCurrencyUpdate } from '@atrium/workflows';
import { Company, Invoice, withTenant, type CompanyEntity, type EntityManager } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { recordAudit } from '../audit/record-audit';
import type { Person } from '../http/guards';
import { HttpError } from '../http/http-error';
import { updateSubscription } from '../billing/subscription-workflow';
import { completeOnboardingStep } from '../onboarding/complete-onboarding-step';

/**
 * Invoices are in the subscription's currency; once one exists, the currency stays, or a
 * company's invoices, credits and prorations would mix currencies.
 */
export async function currencyLocked(em: EntityManager, companyId: string): Promise<boolean> {
  return (await em.count(Invoice, { company: companyId })) > 0;
}

/** Changes the fields sent; the profile step of onboarding is done once the legal basics are in. */
export async function updateProfile(deps: ApiDependencies, companyId: string, actor: Person, changes: UpdateCompanyProfileRequest) {
  if (changes.currency !== undefined) await followCurrency(deps, companyId, changes.currency);
  const company = await withTenant(deps.orm, { companyId, userId: actor.id }, async (em) => {
    const company = await em.findOneOrFail(Company, companyId);
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

/**
 * A new currency goes to the subscription first (which refuses once anything was
 * invoiced), so the profile never says one currency while the subscription charges another.
 */
async function followCurrency(deps: ApiDependencies, companyId: string, currency: Currency): Promise<void> {
  const current = await withTenant(deps.orm, { companyId }, async (em) => ({
    company: await em.findOneOrFail(Company, companyId),
    locked: await currencyLocked(em, companyId),
  }));
  if (current.company.currency === currency) return;
  if (current.locked) throw new HttpError(409, 'currency_locked', currencyLockedMessage, { currency: currencyLockedMessage });
  await updateSubscription(deps, companyId, changeCurrencyUpdate, { currency });
}

/** The audited profile fields, each as a comparable string. */
function profileFields(company: CompanyEntity): Record<string, string> {
  const { name, legalName, billingEmail, taxId, country, timezone, currency, address } = company;
  return Object.fromEntries(
    Object.entries({ name, legalName, billingEmail, taxId, country, timezone, currency, address }).map(([key, value]) => [key, JSON.stringify(value)]),
  );
}
