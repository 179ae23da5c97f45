import type { ModuleKit } from '../kit/module-kit';

/** CMS in the module kit: what its purge deletes (children first) and how its limits are counted. */
export const cmsKit: ModuleKit = {
  module: 'cms',
  tables: ['cms_page_view_day', 'cms_page_revision', 'cms_media', 'cms_page', 'cms_site'],
  usage: {
    sites: { table: 'cms_site' },
    // The plan limits what the public sees: a draft costs nothing until it is published.
    pages: { table: 'cms_page', where: 'published_at is not null' },
    // Bytes in GB (the meter rounds up); a site's languages are checked per site, the meter shows the largest.
    mediaStorageGb: { table: 'cms_media', value: 'coalesce(sum(size), 0)::float8 / 1073741824' },
    languages: { table: 'cms_site', value: 'coalesce(max(cardinality(languages)), 0)' },
  },
};
