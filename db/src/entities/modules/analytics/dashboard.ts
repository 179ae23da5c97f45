import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';

/** A dashboard: the provisioned defaults (`provisioned`) and the company's own; names are unique per company. */
export const AnalyticsDashboard = defineTenantEntity({
  name: 'AnalyticsDashboard',
  tableName: 'analytics_dashboard',
  uniques: [{ name: 'analytics_dashboard_company_id_name_unique', properties: ['company', 'name'] }],
  indexes: [{ name: 'analytics_dashboard_company_id_position_index', properties: ['company', 'position', 'id'] }],
  properties: {
    name: p.string().length(80),
    position: p.integer(),
    provisioned: p.boolean().default(false),
  },
});

export type AnalyticsDashboardEntity = InstanceType<typeof AnalyticsDashboard.class>;
