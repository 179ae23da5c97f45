import { createHash } from 'node:crypto';
import { cmsPublicHostParams, cmsPublicMediaParams, cmsPublicPage, cmsPublicPageQuery, cmsPublicSlugParams, cmsSitemap, publicPathOf } from '@atrium/core';
import { CmsMedia, CmsPage, withTenant } from '@atrium/db';
import type { Context } from 'koa';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimitTable } from '../../auth/rate-limit';
import type { ApiDependencies } from '../../deps';
import { HttpError, notFound } from '../../http/http-error';
import type { RouteRegistry } from '../../http/routes';
import { validate } from '../../http/validate';
import { homePageId } from './cms-context';
import { publicPageOf, publishedPageAt } from './public-page';
import { siteInTenant, siteOf } from './site-of';

const noPage = 'There is no page at this address.';
/** Requests a minute from one address to one site: a person reading, not a scraper. */
const requestsPerMinute = 300;
/** Crawlers and link previews are not readers: their requests are not counted as views. */
const bot = /bot|crawl|spider|slurp|facebookexternalhit|embedly|preview|curl|wget|python-requests|monitor/i;

/**
 * The published site, with no session: `/sites/{slug}/…` and a connected domain (the
 * dashboard passes the Host) read the same routes. Only published columns are read; a
 * company's site is resolved from its slug or domain and then read under that company's
 * RLS only. Answers are cacheable by anyone (`public, no-cache` + ETag): a cache keeps the
 * page and asks again each time, so a publish shows at once and an unchanged page is a 304.
 */
export function publicSiteRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  let limiter: RateLimiterPostgres | undefined;
  const siteLimiter = () =>
    (limiter ??= new RateLimiterPostgres({ storeClient: deps.authPool, storeType: 'pool', tableName: rateLimitTable, tableCreated: true, keyPrefix: 'cms-site', points: requestsPerMinute, duration: 60 }));

  async function limit(ctx: Context, siteKey: string): Promise<void> {
    try {
      await siteLimiter().consume(createHash('sha256').update(`${siteKey}\u0000${ctx.ip}`).digest('hex'));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const refusal = new HttpError(429, 'rate_limited', 'Too many requests in a short time. Try again in a minute.');
      refusal.retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw refusal;
    }
  }

  /** The body with its ETag; a matching If-None-Match is a 304 without it. */
  function cacheable(ctx: Context, body: unknown): void {
    const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 32)}"`;
    ctx.set('etag', etag);
    ctx.set('cache-control', 'public, no-cache');
    ctx.set('vary', 'accept-encoding');
    if (ctx.get('if-none-match') === etag) {
      ctx.status = 304;
      return;
    }
    ctx.body = body;
  }

  async function servePage(ctx: Context, by: { slug: string } | { domain: string }): Promise<void> {
    const { path } = validate(cmsPublicPageQuery, ctx.query);
    await limit(ctx, 'slug' in by ? `slug:${by.slug}` : `host:${by.domain}`);
    const found = await siteOf(deps.orm, by);
    if (!found) throw notFound(noPage);
    const counted = !bot.test(ctx.get('user-agent'));
    const body = await withTenant(deps.orm, { companyId: found.companyId }, async (em) => {
      const site = await siteInTenant(em, found.siteId);
      const page = site ? await publishedPageAt(em, site, path) : null;
      if (!site || !page) return null;
      if (counted) {
        // A count per page and day, nothing about the visitor: no cookie, no address kept.
        await em.execute(
          `insert into cms_page_view_day (company_id, site_id, page_id, day, views) values (?, ?, ?, (now() at time zone 'utc')::date, 1)
           on conflict (site_id, page_id, day) do update set views = cms_page_view_day.views + 1`,
          [found.companyId, site.id, page.id],
        );
      }
      return publicPageOf(em, site, page, 'published');
    });
    if (!body) throw notFound(noPage);
    cacheable(ctx, body);
  }

  async function serveSitemap(ctx: Context, by: { slug: string } | { domain: string }): Promise<void> {
    await limit(ctx, 'slug' in by ? `slug:${by.slug}` : `host:${by.domain}`);
    const found = await siteOf(deps.orm, by);
    if (!found) throw notFound('There is no site at this address.');
    const body = await withTenant(deps.orm, { companyId: found.companyId }, async (em) => {
      const site = await siteInTenant(em, found.siteId);
      if (!site) return null;
      const defaultLanguage = site.languages[0] ?? 'en';
      const pages = await em.find(CmsPage, { site: site.id, publishedAt: { $ne: null } }, { orderBy: { language: 'asc', path: 'asc' }, fields: ['id', 'path', 'language', 'publishedAt'], limit: 50_000 });
      const homes = new Set<string>();
      for (const language of site.languages) {
        const id = await homePageId(em, site.id, language, true);
        if (id) homes.add(id);
      }
      return {
        site: { name: site.name, slug: site.slug, domain: site.domain ?? null },
        pages: pages.map((page) => ({ path: publicPathOf(page.path, page.language, defaultLanguage, homes.has(page.id)), publishedAt: page.publishedAt!.toISOString() })),
      };
    });
    if (!body) throw notFound('There is no site at this address.');
    cacheable(ctx, body);
  }

  const pageResponses = { 200: { description: 'The published page', schema: cmsPublicPage }, 304: { description: 'Unchanged since the ETag' }, 404: { description: 'not_found' }, 429: { description: 'rate_limited' } };
  const sitemapResponses = { 200: { description: 'The published pages', schema: cmsSitemap }, 304: { description: 'Unchanged since the ETag' }, 404: { description: 'not_found' }, 429: { description: 'rate_limited' } };

  registry.add({
    method: 'get', path: '/api/public/sites/:siteSlug/page', summary: 'A published page of a site, by its address under the site (no account needed)', tags: ['cms'], access: 'public',
    params: cmsPublicSlugParams, query: cmsPublicPageQuery, responses: pageResponses,
    handler: async (ctx) => servePage(ctx, { slug: validate(cmsPublicSlugParams, ctx.params).siteSlug }),
  });
  registry.add({
    method: 'get', path: '/api/public/site-hosts/:host/page', summary: 'A published page of the site connected to a domain (the dashboard passes the Host)', tags: ['cms'], access: 'public',
    params: cmsPublicHostParams, query: cmsPublicPageQuery, responses: pageResponses,
    handler: async (ctx) => servePage(ctx, { domain: validate(cmsPublicHostParams, ctx.params).host }),
  });
  registry.add({
    method: 'get', path: '/api/public/sites/:siteSlug/sitemap', summary: 'The published pages of a site, for its sitemap.xml', tags: ['cms'], access: 'public',
    params: cmsPublicSlugParams, responses: sitemapResponses,
    handler: async (ctx) => serveSitemap(ctx, { slug: validate(cmsPublicSlugParams, ctx.params).siteSlug }),
  });
  registry.add({
    method: 'get', path: '/api/public/site-hosts/:host/sitemap', summary: 'The published pages of the site connected to a domain, for its sitemap.xml', tags: ['cms'], access: 'public',
    params: cmsPublicHostParams, responses: sitemapResponses,
    handler: async (ctx) => serveSitemap(ctx, { domain: validate(cmsPublicHostParams, ctx.params).host }),
  });

  registry.add({
    method: 'get', path: '/api/public/sites/:siteSlug/media/:mediaId', summary: 'An image uploaded to a site', tags: ['cms'], access: 'public', params: cmsPublicMediaParams,
    responses: { 200: { description: 'The image', media: 'application/octet-stream' }, 404: { description: 'not_found' }, 429: { description: 'rate_limited' } },
    handler: async (ctx) => {
      const { siteSlug, mediaId } = validate(cmsPublicMediaParams, ctx.params);
      await limit(ctx, `media:${siteSlug}`);
      const found = await siteOf(deps.orm, { slug: siteSlug });
      const media = found ? await withTenant(deps.orm, { companyId: found.companyId }, (em) => em.findOne(CmsMedia, { id: mediaId, site: found.siteId })) : null;
      if (!media) throw notFound('There is no such image.');
      sendImage(ctx, media, 'public, max-age=86400');
    },
  });
}

/** An image as stored: the type checked on upload, never sniffed again, never run. */
export function sendImage(ctx: Context, media: { id: string; contentType: string; fileName: string; bytes: Buffer | Uint8Array }, cacheControl: string): void {
  ctx.type = media.contentType;
  ctx.set('x-content-type-options', 'nosniff');
  ctx.set('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
  ctx.set('content-disposition', `inline; filename="${media.fileName.replace(/[^\w.-]/g, '_')}"`);
  ctx.set('cache-control', cacheControl);
  ctx.set('etag', `"${media.id}"`);
  ctx.body = Buffer.from(media.bytes);
}
