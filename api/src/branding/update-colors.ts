import { contrastWarnings } from '@atrium/core';
import { Company, withTenant } from '@atrium/db';
import { recordAudit } from '../audit/record-audit';
import type { ApiDependencies } from '../deps';
import type { Person } from '../http/guards';
import { completeOnboardingStep } from '../onboarding/complete-onboarding-step';

export async function updateColors(
  deps: ApiDependencies,
  companyId: string,
  actor: Person,
  colors: { primaryColor?: string | null; accentColor?: string | null },
) {
  const company = await withTenant(deps.orm, { companyId, userId: actor.id }, async (em) => {
    const company = await em.findOneOrFail(Company, companyId);
    em.assign(company, colors);
    recordAudit(em, { companyId, actor, category: 'branding', action: 'branding.colors_changed', target: company.name, details: colors });
    await em.flush();
    return company;
  });
  await completeOnboardingStep(deps, companyId, 'branding');
  return brandingView(company);
}

export function brandingView(company: { id: string; primaryColor?: string | null; accentColor?: string | null; logoUpdatedAt?: Date | null }) {
  const colors = { primaryColor: company.primaryColor ?? null, accentColor: company.accentColor ?? null };
  return {
    ...colors,
    logoUrl: company.logoUpdatedAt ? `/api/companies/${company.id}/branding/logo?v=${company.logoUpdatedAt.getTime()}` : null,
    warnings: contrastWarnings(colors),
  };
}
