import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** An image of a site, passed through from the API's public route with its type and caching. */
export const GET: RequestHandler = async (event) => {
  const { data, response } = await event.locals.api.GET('/api/public/sites/{siteSlug}/media/{mediaId}', {
    params: { path: { siteSlug: event.params.slug, mediaId: event.params.mediaId } },
    parseAs: 'arrayBuffer',
  });
  if (!data) error(response.status === 400 ? 404 : response.status, 'There is no such image.');
  const headers = new Headers();
  for (const name of ['content-type', 'cache-control', 'etag', 'content-security-policy', 'x-content-type-options', 'content-disposition']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(data, { headers });
};
