import { defineEntity, p } from '@mikro-orm/postgresql';
import type { OnboardingChecklist as Checklist } from '@atrium/core';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';

/**
 * A company's setup checklist as its workflow (`onboarding:{companyId}`) last recorded it.
 * The workflow is the source of truth; this row is what the dashboard reads, so that a
 * page load never asks Temporal. Steps only ever get done, so `completedCount` only grows:
 * a late retry of an older recording never overwrites a newer one.
 */
export const OnboardingChecklistProjection = defineEntity({
  name: 'OnboardingChecklistProjection',
  tableName: 'onboarding_checklist',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('onboarding_checklist'),
  properties: {
    company: () => p.oneToOne(Company).primary().deleteRule('cascade'),
    completedCount: p.integer(),
    checklist: p.json<Checklist>(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export type OnboardingChecklistProjectionEntity = InstanceType<typeof OnboardingChecklistProjection.class>;
