import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { CmsPage } from './page';

/** What one publish put on the public site; a restore copies it back into the draft. */
export const CmsPageRevision = defineTenantEntity({
  name: 'CmsPageRevision',
  tableName: 'cms_page_revision',
  uniques: [{ name: 'cms_page_revision_page_id_number_unique', properties: ['page', 'number'] }],
  properties: {
    page: () => p.manyToOne(CmsPage).deleteRule('cascade'),
    number: p.integer(),
    title: p.string().length(200),
    seoTitle: p.string().length(70),
    seoDescription: p.string().length(160),
    html: p.text(),
  },
});

export type CmsPageRevisionEntity = InstanceType<typeof CmsPageRevision.class>;
