import type Router from '@koa/router';
import { CmsPage, withTenant } from '@atrium/db';
import { z } from 'zod';
import type { ApiDependencies } from '../deps';
import { validate } from '../http/validate';
import { siteInTenant, siteOf } from '../modules/cms/site-of';

const backfill = z.object({
  siteSlug: z.string().regex(/^[a-z0-9-]{1,64}$/),
  views: z.array(z.object({ path: z.string().max(600), day: z.iso.date(), views: z.number().int().min(0).max(1_000_000) })).max(5_000),
});

/**
 * The page views of past days for a local demo (`npm run demo`): the public site counts only
 * today's visits, so the last 30 days are written here as the daily aggregates the counter
 * would have left. Mounted with the dev outbox only (never in production), not in the public API.
 */
export function mountDevCmsPageViews(router: Router, deps: ApiDependencies): void {
  router.post('/api/dev/cms-page-views', async (ctx) => {
    const input = validate(backfill, ctx.request.body);
    const found = await siteOf(deps.orm, { slug: input.siteSlug });
    if (!found) {
      ctx.status = 404;
      ctx.body = { error: 'not_found', message: 'There is no such site.' };
      return;
    }
    ctx.body = await withTenant(deps.orm, { companyId: found.companyId }, async (em) => {
      const site = await siteInTenant(em, found.siteId);
      const pages = await em.find(CmsPage, { site: found.siteId, language: site?.languages[0] ?? 'en' }, { fields: ['id', 'path'] });
      const byPath = new Map(pages.map((page) => [page.path, page.id]));
      let written = 0;
      for (const row of input.views) {
        const pageId = byPath.get(row.path);
        if (!pageId) continue;
        await em.execute(
          `insert into cms_page_view_day (company_id, site_id, page_id, day, views) values (?, ?, ?, ?::date, ?)
           on conflict (site_id, page_id, day) do update set views = excluded.views`,
          [found.companyId, found.siteId, pageId, row.day, row.views],
        );
        written += 1;
      }
      return { written };
    });
  });
}
