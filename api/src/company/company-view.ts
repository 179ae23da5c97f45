import type { AtriumAbility, Entitlements, SeatCount } from '@atrium/core';
import { packRules } from '@casl/ability/extra';
import { readInOneTrip, type CompanyEntity, type EntityManager, type MikroORM } from '@atrium/db';
import { notFound } from '../http/http-error';
import { seatCount, seatCountFrom, seatCountStatement, seatUsageFrom } from '../team/seats';
import { currencyLocked } from './update-profile';

/**
 * The company as its members see it, with their packed rules so the dashboard hides what
 * they cannot do. Plan, seats and currency are the entitlements', never the profile's.
 */
export async function companyView(em: EntityManager, company: CompanyEntity, me: Viewer) {
  return companyViewFrom(company, { currencyLocked: await currencyLocked(em, company.id), seats: await seatCount(em, company.id) }, me);
}

interface Viewer {
  role: string;
  ability: AtriumAbility;
  entitlements: Entitlements;
}

type CompanyFields = Pick<CompanyEntity, 'id' | 'name' | 'slug' | 'legalName' | 'address' | 'billingEmail' | 'taxId' | 'country' | 'timezone' | 'primaryColor' | 'accentColor' | 'logoUpdatedAt'>;

/** The same in one round trip: the company row, whether an invoice exists, and the seat count (./team/seats' statement). */
export async function companyViewInOneTrip(orm: MikroORM, companyId: string, me: Viewer) {
  const [rows, seats] = await readInOneTrip(orm, { companyId }, [
    {
      sql: `select c.id, c.name, c.slug, c.legal_name, c.address, c.billing_email, c.tax_id, c.country, c.timezone,
                   c.primary_color, c.accent_color, c.logo_updated_at,
                   exists (select 1 from invoice i where i.company_id = c.id) as currency_locked
              from company c where c.id = ?`,
      values: [companyId],
    },
    seatCountStatement(companyId),
  ]);
  const row = rows![0];
  if (!row) throw notFound('There is no such company.');
  const company: CompanyFields = {
    id: row.id as string, name: row.name as string, slug: row.slug as string, legalName: row.legal_name as string,
    address: row.address as CompanyFields['address'], billingEmail: row.billing_email as string, taxId: row.tax_id as string,
    country: row.country as string, timezone: row.timezone as string,
    primaryColor: row.primary_color as string | null, accentColor: row.accent_color as string | null,
    logoUpdatedAt: row.logo_updated_at ? new Date(row.logo_updated_at as string) : null,
  };
  return companyViewFrom(company, { currencyLocked: row.currency_locked as boolean, seats: seatCountFrom(seats![0]!) }, me);
}

function companyViewFrom(company: CompanyFields, facts: { currencyLocked: boolean; seats: SeatCount }, me: Viewer) {
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
      currencyLocked: facts.currencyLocked,
    },
    branding: {
      primaryColor: company.primaryColor ?? null,
      accentColor: company.accentColor ?? null,
      logoUrl: company.logoUpdatedAt ? `/api/companies/${company.id}/branding/logo?v=${company.logoUpdatedAt.getTime()}` : null,
    },
    plan: { key: plan.key, name: plan.name, seatLimit: plan.seatLimit },
    seats: seatUsageFrom(facts.seats, me.entitlements),
    role: me.role,
    rules: packRules(me.ability.rules),
  };
}
