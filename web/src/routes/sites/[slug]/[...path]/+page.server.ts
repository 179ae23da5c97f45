import { publicPage } from '#lib/server/cms/public-site';
import type { PageServerLoad } from './$types';

/** `/sites/{slug}/…`: a published page of the site with that address, for anyone. */
export const load: PageServerLoad = async (event) => ({
  content: await publicPage(event, { slug: event.params.slug }, event.params.path ?? ''),
  base: `/sites/${event.params.slug}`,
});
