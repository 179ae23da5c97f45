import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { CmsSite } from './site';

/**
 * A page of a site's tree (`parent`, `slug`, `position`), in one language. The draft
 * (`title`, `seo_*`, `html`) and the published copy (`published_*`) are separate columns:
 * saving the draft never changes what the public site serves; publishing copies the draft
 * over and writes a revision. `path` (slugs from the top, `about/team`) is kept by the API.
 */
export const CmsPage = defineTenantEntity({
  name: 'CmsPage',
  tableName: 'cms_page',
  uniques: [{ name: 'cms_page_site_id_language_path_unique', properties: ['site', 'language', 'path'] }],
  indexes: [{ name: 'cms_page_company_id_site_id_position_index', properties: ['company', 'site', 'position', 'id'] }],
  properties: {
    site: () => p.manyToOne(CmsSite).deleteRule('cascade'),
    parentId: p.uuid().nullable(),
    slug: p.string().length(64),
    path: p.string().length(600),
    language: p.string().length(8),
    position: p.integer().default(0),
    title: p.string().length(200),
    seoTitle: p.string().length(70).default(''),
    seoDescription: p.string().length(160).default(''),
    html: p.text().default(''),
    draftUpdatedAt: p.datetime(),
    publishedTitle: p.string().length(200).nullable(),
    publishedSeoTitle: p.string().length(70).nullable(),
    publishedSeoDescription: p.string().length(160).nullable(),
    publishedHtml: p.text().nullable(),
    publishedAt: p.datetime().nullable(),
    ownerId: p.string().length(64).nullable(),
  },
});

export type CmsPageEntity = InstanceType<typeof CmsPage.class>;
