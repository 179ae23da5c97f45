import { sitemapResponse } from '#lib/server/cms/public-site';
import type { RequestHandler } from './$types';

/** `/sites/{slug}/sitemap.xml`: the published pages, at the addresses visitors use. */
export const GET: RequestHandler = (event) => sitemapResponse(event, { slug: event.params.slug }, `${event.url.origin}/sites/${event.params.slug}`);
