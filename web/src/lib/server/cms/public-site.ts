import { error, type RequestEvent } from '@sveltejs/kit';
import type { Schemas } from '#lib/api';

type Door = { slug: string } | { host: string };

/**
 * A published page of a company's site, from the API's public route (no session: the
 * visitor's cookie is never needed and the API ignores it). The API's ETag and caching rule
 * are the page's own (hooks.server.ts answers a matching If-None-Match with a 304), and the
 * page is served under the strict policy of `siteSecurityPolicy`.
 */
export async function publicPage(event: RequestEvent, door: Door, path: string): Promise<Schemas['CmsPublicPage']> {
  const query = { path };
  const call =
    'slug' in door
      ? event.locals.api.GET('/api/public/sites/{siteSlug}/page', { params: { path: { siteSlug: door.slug }, query } })
      : event.locals.api.GET('/api/public/site-hosts/{host}/page', { params: { path: { host: door.host }, query } });
  const { data, response } = await call;
  if (!data) error(response.status === 429 ? 429 : response.status === 400 ? 404 : response.status >= 500 ? 502 : 404, response.status === 429 ? 'Too many requests; try again in a minute.' : 'There is no page at this address.');
  const etag = response.headers.get('etag');
  event.setHeaders({ 'cache-control': response.headers.get('cache-control') ?? 'public, no-cache', ...(etag ? { etag } : {}) });
  return data;
}

/** The sitemap of a site: its published pages under the address the visitor used. */
export async function sitemapResponse(event: RequestEvent, door: Door, root: string): Promise<Response> {
  const { data } =
    'slug' in door
      ? await event.locals.api.GET('/api/public/sites/{siteSlug}/sitemap', { params: { path: { siteSlug: door.slug } } })
      : await event.locals.api.GET('/api/public/site-hosts/{host}/sitemap', { params: { path: { host: door.host } } });
  if (!data) error(404, 'There is no site at this address.');
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const urls = data.pages.map((page) => `  <url><loc>${escape(page.path ? `${root}/${page.path}` : `${root}/`)}</loc><lastmod>${page.publishedAt.slice(0, 10)}</lastmod></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, no-cache' } });
}

/**
 * The policy of a company's public pages: no script at all (the content's or anyone's),
 * images from the site itself or https, styles from the dashboard's own sheet, no frames,
 * no forms, no plugins.
 */
export const siteSecurityPolicy =
  "default-src 'none'; script-src 'none'; img-src 'self' https:; style-src 'self' 'unsafe-inline'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";

/** Paths the public site serves (by slug or, rerouted, by a connected domain). */
export const isPublicSitePath = (pathname: string) => pathname.startsWith('/sites/') || pathname.startsWith('/site-host/');
