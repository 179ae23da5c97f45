import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { CmsSite } from './site';

/** An image uploaded to a site, its type read from its bytes; the bytes stay under RLS like any row. */
export const CmsMedia = defineTenantEntity({
  name: 'CmsMedia',
  tableName: 'cms_media',
  indexes: [{ name: 'cms_media_company_id_site_id_created_at_index', properties: ['company', 'site', 'createdAt', 'id'] }],
  properties: {
    site: () => p.manyToOne(CmsSite).deleteRule('cascade'),
    fileName: p.string().length(200),
    contentType: p.string().length(64),
    size: p.integer(),
    width: p.integer(),
    height: p.integer(),
    bytes: p.blob(),
  },
});

export type CmsMediaEntity = InstanceType<typeof CmsMedia.class>;
