import { cmsDeleted, cmsKit, cmsParams, cmsSiteDetail, cmsSiteInput, cmsSiteList, cmsSiteParams, cmsSitePatch, cmsSiteView, inTreeOrder, pagePaths, slugify, usageLimitMessage } from '@atrium/core';
import { CmsPage, CmsSite, ModuleSetting, UniqueConstraintViolationException, withTenant, type CmsSiteEntity, type EntityManager } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404, removeOr404 } from '../kit/records';
import { tickSetupStep } from '../kit/setup-steps';
import { currentPeriodStart, reserveUsage } from '../kit/usage';
import { afterUsage, cmsActor, pageSummary, requireManage, type CmsActor } from './cms-context';

const noSite = 'There is no such site.';

/** Counts of a site's pages, for the list. */
async function pageCounts(em: EntityManager): Promise<Map<string, { pages: number; published: number }>> {
  const rows = await em.execute<{ site_id: string; pages: number; published: number }[]>(
    `select site_id, count(*)::int as pages, count(published_at)::int as published from cms_page group by site_id`,
    [],
    'all',
  );
  return new Map(rows.map((row) => [row.site_id, { pages: row.pages, published: row.published }]));
}

export function siteView(site: CmsSiteEntity, counts?: { pages: number; published: number }) {
  return {
    id: site.id, name: site.name, slug: site.slug, domain: site.domain ?? null, languages: site.languages, defaultLanguage: site.languages[0] ?? 'en',
    pageCount: counts?.pages ?? 0, publishedPages: counts?.published ?? 0, createdAt: site.createdAt.toISOString(),
  };
}

export async function siteDetail(em: EntityManager, site: CmsSiteEntity) {
  const pages = await em.find(CmsPage, { site: site.id }, { fields: ['id', 'parentId', 'title', 'slug', 'path', 'language', 'position', 'publishedAt', 'draftUpdatedAt'] });
  const summaries = inTreeOrder(pages.map((page) => ({ ...pageSummary(page, site.id), parentId: page.parentId ?? null })));
  return { ...siteView(site, { pages: pages.length, published: pages.filter((page) => page.publishedAt).length }), pages: summaries.map(({ depth: _depth, ...page }) => page) };
}

/** A site's languages are limited per site ("Languages per site"), so the kit's company-wide count does not apply. */
function checkLanguages(actor: CmsActor, count: number): void {
  const allowed = actor.entitlements.modules.cms.limits.languages ?? null;
  if (allowed !== null && count > allowed) {
    const plan = actor.entitlements.plan.key;
    throw new HttpError(402, 'usage_limit_reached', usageLimitMessage('cms', 'languages', plan), { languages: `At most ${allowed} on your plan.` }, { limit: 'languages', used: count, allowed, plan });
  }
}

/** Slugs and domains are unique across every company: the public site is found by them. */
function taken(error: unknown): never {
  if (error instanceof UniqueConstraintViolationException) {
    const domain = String(error.message).includes('cms_site_domain_unique');
    throw domain
      ? new HttpError(409, 'domain_taken', 'Another site is already connected to that domain.', { domain: 'Already connected to another site.' })
      : new HttpError(409, 'site_address_taken', 'That site address is taken. Choose another.', { slug: 'Taken; choose another.' });
  }
  throw error;
}

/** The starter pages of the provisioned site setting (Home, About, Contact), as drafts. */
async function starterPages(em: EntityManager): Promise<string[]> {
  const setting = await em.findOne(ModuleSetting, { module: 'cms', kind: 'site' });
  const pages = (setting?.data as { pages?: unknown } | undefined)?.pages;
  return Array.isArray(pages) ? pages.filter((page): page is string => typeof page === 'string').slice(0, 20) : [];
}

export function siteRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/sites', summary: 'The company’s sites', can: 'read', params: cmsParams,
    responses: { 200: { description: 'The sites', schema: cmsSiteList } },
    handler: async (ctx) => {
      const { companyId } = validate(cmsParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const counts = await pageCounts(em);
        const sites = await em.find(CmsSite, { company: companyId }, { orderBy: { name: 'asc', id: 'asc' }, limit: 200 });
        return { sites: sites.map((site) => siteView(site, counts.get(site.id))) };
      });
    },
  });

  routes.add({
    method: 'post', path: '/sites', summary: 'Create a site with the starter pages as drafts (counts towards the plan)', can: 'manage', params: cmsParams, body: cmsSiteInput,
    responses: { 201: { description: 'The site', schema: cmsSiteDetail }, 402: { description: 'usage_limit_reached' }, 409: { description: 'site_address_taken' } },
    handler: async (ctx) => {
      const { companyId } = validate(cmsParams, ctx.params);
      const input = validate(cmsSiteInput, ctx.request.body);
      const actor = cmsActor(ctx);
      const languages = [...new Set(input.languages)];
      checkLanguages(actor, languages.length);
      const { site, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const change = await reserveUsage(em, cmsKit, 'sites', 1, actor.entitlements, companyId);
        const site = em.create(CmsSite, { company: companyId, name: input.name, slug: input.slug, languages, createdBy: actor.userId });
        const now = new Date();
        const names = await starterPages(em);
        names.forEach((name, position) => {
          const slug = slugify(name);
          em.create(CmsPage, { company: companyId, site, parentId: null, slug, path: slug, language: languages[0]!, position, title: name, html: `<h1>${name}</h1><p>Replace this text with yours.</p>`, draftUpdatedAt: now, ownerId: actor.userId, createdBy: actor.userId });
        });
        await em.flush().catch(taken);
        return { site: await siteDetail(em, site), change, periodStart: await currentPeriodStart(em) };
      });
      await afterUsage(deps, companyId, change, periodStart);
      ctx.status = 201;
      ctx.body = site;
    },
  });

  routes.add({
    method: 'get', path: '/sites/:siteId', summary: 'A site and its page tree', can: 'read', params: cmsSiteParams,
    responses: { 200: { description: 'The site', schema: cmsSiteDetail } },
    handler: async (ctx) => {
      const { companyId, siteId } = validate(cmsSiteParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => siteDetail(em, await findOr404(em, CmsSite, { id: siteId }, noSite)));
    },
  });

  routes.add({
    method: 'patch', path: '/sites/:siteId', summary: 'Rename a site, change its address or languages, connect a domain (managers)', can: 'update', params: cmsSiteParams, body: cmsSitePatch,
    responses: { 200: { description: 'The site', schema: cmsSiteView }, 402: { description: 'usage_limit_reached' }, 409: { description: 'Address or domain taken; a language still has pages' } },
    handler: async (ctx) => {
      const { companyId, siteId } = validate(cmsSiteParams, ctx.params);
      const input = validate(cmsSitePatch, ctx.request.body);
      const actor = cmsActor(ctx);
      requireManage(actor);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const site = await findOr404(em, CmsSite, { id: siteId }, noSite);
        if (input.languages) {
          const languages = [...new Set(input.languages)];
          checkLanguages(actor, languages.length);
          const [row] = await em.execute<{ language: string }[]>(`select language from cms_page where site_id = ? and not (language = any(?::text[])) limit 1`, [siteId, languages], 'all');
          if (row) throw new HttpError(409, 'language_has_pages', `The site still has pages in ${row.language}. Delete them or keep the language.`, { languages: `Pages in ${row.language} remain.` });
          site.languages = languages;
        }
        if (input.name !== undefined) site.name = input.name;
        if (input.slug !== undefined) site.slug = input.slug;
        if (input.domain !== undefined) {
          site.domain = input.domain;
          if (input.domain) await tickSetupStep(em, 'cms', 'connect_domain');
        }
        await em.flush().catch(taken);
        return siteView(site, (await pageCounts(em)).get(site.id));
      });
    },
  });

  routes.add({
    method: 'delete', path: '/sites/:siteId', summary: 'Delete a site with its pages and media (managers)', can: 'delete', params: cmsSiteParams,
    responses: { 200: { description: 'Deleted', schema: cmsDeleted } },
    handler: async (ctx) => {
      const { companyId, siteId } = validate(cmsSiteParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        await em.execute(`delete from cms_page_view_day where site_id = ?`, [siteId]);
        return removeOr404(em, CmsSite, { id: siteId }, noSite);
      });
    },
  });
}
