import type { UpdateCompanyProfileRequest } from '@atrium/core';
import { Company, withTenant, type CompanyEntity } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { recordAudit } from '../audit/record-audit';
import type { Person } from '../http/guards';
import { completeOnboardingStep } from '../onboarding/complete-onboarding-step';

/** Changes the fields sent; the profile step of onboarding is done once the legal basics are in. */
export async function updateProfile(deps: ApiDependencies, companyId: string, actor: Person, changes: UpdateCompanyProfileRequest) {
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

/** The audited profile fields, each as a comparable string. */
function profileFields(company: CompanyEntity): Record<string, string> {
  const { name, legalName, billingEmail, taxId, country, timezone, currency, address } = company;
  return Object.fromEntries(
    Object.entries({ name, legalName, billingEmail, taxId, country, timezone, currency, address }).map(([key, value]) => [key, JSON.stringify(value)]),
  );
}
