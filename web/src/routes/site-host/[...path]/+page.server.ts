import { publicPage } from '#lib/server/cms/public-site';
import type { PageServerLoad } from './$types';

/**
 * A connected domain's page: `src/hooks.ts` reroutes a request for another host here, and the
 * Host the visitor asked for names the site (the API finds it by its domain column).
 */
export const load: PageServerLoad = async (event) => ({
  content: await publicPage(event, { host: event.url.hostname.toLowerCase() }, event.params.path ?? ''),
  base: '',
});
