import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';

/**
 * A company's website. `slug` (its address `/sites/{slug}`) and `domain` (a connected host)
 * are unique across every company: the public site is found by them before any company is
 * known. `languages`: the first is the default (its pages at the root).
 */
export const CmsSite = defineTenantEntity({
  name: 'CmsSite',
  tableName: 'cms_site',
  uniques: [
    { name: 'cms_site_slug_unique', properties: ['slug'] },
    { name: 'cms_site_domain_unique', properties: ['domain'] },
  ],
  indexes: [{ name: 'cms_site_company_id_name_index', properties: ['company', 'name', 'id'] }],
  properties: {
    name: p.string().length(120),
    slug: p.string().length(64),
    domain: p.string().length(253).nullable(),
    languages: p.array().default(['en']),
  },
});

export type CmsSiteEntity = InstanceType<typeof CmsSite.class>;
