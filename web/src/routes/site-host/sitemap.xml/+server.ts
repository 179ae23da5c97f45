import { sitemapResponse } from '#lib/server/cms/public-site';
import type { RequestHandler } from './$types';

/** `https://{domain}/sitemap.xml` of a connected domain (rerouted here by src/hooks.ts). */
export const GET: RequestHandler = (event) => sitemapResponse(event, { host: event.url.hostname.toLowerCase() }, event.url.origin);
