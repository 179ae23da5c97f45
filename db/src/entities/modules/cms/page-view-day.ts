import { defineEntity, p } from '@mikro-orm/postgresql';
import { tenantPolicies } from '../../../tenancy/policies';
import { Company } from '../../company';

/**
 * Page views a day, for Analytics: no cookie, no address, no visitor id, only a count per
 * (site, page, day), incremented by an upsert when the public site serves a page. The
 * shape is a contract with Analytics (composite key, no id), so it is not a
 * `defineTenantEntity` record; its RLS is the same forced tenant policy.
 */
export const CmsPageViewDay = defineEntity({
  name: 'CmsPageViewDay',
  tableName: 'cms_page_view_day',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('cms_page_view_day'),
  properties: {
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    siteId: p.uuid().primary(),
    pageId: p.uuid().primary(),
    day: p.string().columnType('date').primary(),
    views: p.integer().default(0),
  },
});

export type CmsPageViewDayEntity = InstanceType<typeof CmsPageViewDay.class>;
