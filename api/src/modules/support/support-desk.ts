import { entitlementsOf, type Entitlements } from '@atrium/core';
import { Company, withTenant, type MikroORM } from '@atrium/db';
import { loadEntitlementFacts } from '../../entitlements/load-company-access';

/** The company behind a support address or a public form, as the doors without a session need it. */
export interface SupportDesk {
  companyId: string;
  slug: string;
  name: string;
  entitlements: Entitlements;
}

/**
 * The desk a slug names, or null when no company has that slug or it does not have
 * Support desk to write to (never bought, removed, or read-only while past due): mail to
 * it is refused as an unknown recipient, its form is a 404. The company is found in a
 * named system context (slugs are public, in every URL of the company); everything after
 * runs in that company's own tenant context.
 */
export async function deskOfSlug(orm: MikroORM, slug: string): Promise<SupportDesk | null> {
  const company = await withTenant(orm, { system: 'support: the company of a support address' }, (em) => em.findOne(Company, { slug }, { fields: ['id', 'slug', 'name'] }));
  if (!company) return null;
  const entitlements = await withTenant(orm, { companyId: company.id }, async (em) => entitlementsOf(await loadEntitlementFacts(em, company.id), new Date()));
  const state = entitlements.modules.support.state.kind;
  if (state !== 'active' && state !== 'trial') return null;
  return { companyId: company.id, slug: company.slug, name: company.name, entitlements };
}
