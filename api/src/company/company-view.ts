import type { AtriumAbility, Entitlements } from '@atrium/core';
import { packRules } from '@casl/ability/extra';
import type { CompanyEntity, EntityManager } from '@atrium/db';
import { seatUsage } from '../team/seats';
import { currencyLocked } from './update-profile';

/**
 * The company as its members see it, with their packed rules so the dashboard hides what
 * they cannot do. Plan, seats and currency are the entitlements', never the profile's.
 */
export async function companyView(em: EntityManager, company: CompanyEntity, me: { role: string; ability: AtriumAbility; entitlements: Entitlements }) {
  const { plan, currency } = me.entitlements;
  return {
    id: company.id,
    name: company.name,
    slug: company.slug,
    profile: {
      displayName: company.name,
      legalName: company.legalName,
      address: company.address,
      billingEmail: company.billingEmail,
      taxId: company.taxId,
      country: company.country,
      timezone: company.timezone,
      currency,
      /** True once an invoice exists: the currency can no longer change. */
      currencyLocked: await currencyLocked(em, company.id),
    },
    branding: {
      primaryColor: company.primaryColor ?? null,
      accentColor: company.accentColor ?? null,
      logoUrl: company.logoUpdatedAt ? `/api/companies/${company.id}/branding/logo?v=${company.logoUpdatedAt.getTime()}` : null,
    },
    plan: { key: plan.key, name: plan.name, seatLimit: plan.seatLimit },
    seats: await seatUsage(em, company.id, me.entitlements),
    role: me.role,
    rules: packRules(me.ability.rules),
  };
}
