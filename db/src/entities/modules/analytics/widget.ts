import { p } from '@mikro-orm/postgresql';
import type { AnalyticsChartType, BucketSize, MetricKey, RangePreset } from '@atrium/core';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { AnalyticsDashboard } from './dashboard';

/** One metric on a dashboard, drawn as a chart over a date range; ordered by `position`. */
export const AnalyticsWidget = defineTenantEntity({
  name: 'AnalyticsWidget',
  tableName: 'analytics_widget',
  indexes: [{ name: 'analytics_widget_dashboard_id_position_index', properties: ['dashboard', 'position', 'id'] }],
  properties: {
    dashboard: () => p.manyToOne(AnalyticsDashboard).deleteRule('cascade'),
    metric: p.string().length(40).$type<MetricKey>(),
    chart: p.string().length(16).$type<AnalyticsChartType>(),
    rangePreset: p.string().length(24).$type<RangePreset>(),
    bucket: p.string().length(8).$type<BucketSize>(),
    compare: p.boolean().default(true),
    title: p.string().length(80).default(''),
    position: p.integer(),
  },
});

export type AnalyticsWidgetEntity = InstanceType<typeof AnalyticsWidget.class>;
