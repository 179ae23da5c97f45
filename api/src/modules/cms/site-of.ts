import { entitlementsOf } from '@atrium/core';
import { CmsSite, withTenant, type CmsSiteEntity, type MikroORM } from '@atrium/db';
import { loadEntitlementFacts } from '../../entitlements/load-company-access';

/**
 * The site a public address names, found by its slug or its connected domain in a named
 * system context (both are public, unique across companies), and answered only when the
 * company still has CMS (active, in trial, or read-only while past due: reading is fine).
 * Everything after runs in that company's own tenant context, as support's public form does.
 */
export async function siteOf(orm: MikroORM, by: { slug: string } | { domain: string }): Promise<{ companyId: string; siteId: string } | null> {
  const site = await withTenant(orm, { system: 'cms: the site of a public address' }, (em) => em.findOne(CmsSite, by, { fields: ['id', 'company'] }));
  if (!site) return null;
  const companyId = site.company.id;
  const entitlements = await withTenant(orm, { companyId }, async (em) => entitlementsOf(await loadEntitlementFacts(em, companyId), new Date()));
  const state = entitlements.modules.cms.state.kind;
  if (state !== 'active' && state !== 'trial' && state !== 'read_only') return null;
  return { companyId, siteId: site.id };
}

/** The site again inside the company's transaction (its RLS), so nothing of another company is read. */
export async function siteInTenant(em: Parameters<Parameters<typeof withTenant>[2]>[0], siteId: string): Promise<CmsSiteEntity | null> {
  return em.findOne(CmsSite, { id: siteId });
}
