import { randomUUID } from 'node:crypto';
import { moduleDefaultSettings, type AnalyticsChartType, type BucketSize, type MetricKey, type RangePreset } from '@atrium/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Analytics' provisioning step: each default dashboard (the `dashboard` settings provisioning
 * has just written) becomes an `analytics_dashboard` record with its widgets. Keyed by the
 * dashboard's name per company, so a retried activity or a module bought again writes each
 * once and keeps what the company changed or deleted widgets of.
 */
export async function provisionDefaultDashboards(em: EntityManager, companyId: string): Promise<void> {
  for (const [position, setting] of moduleDefaultSettings('analytics').entries()) {
    const dashboardId = randomUUID();
    const inserted = await em.execute<{ id: string }[]>(
      `insert into analytics_dashboard (id, company_id, created_at, updated_at, name, position, provisioned) values (?, ?, now(), now(), ?, ?, true)
       on conflict (company_id, name) do nothing returning id`,
      [dashboardId, companyId, setting.name, position],
      'all',
    );
    if (inserted.length === 0) continue;
    const widgets = (setting.data.widgets ?? []) as Array<{ metric: MetricKey; chart: AnalyticsChartType; range: RangePreset; bucket: BucketSize }>;
    for (const [index, widget] of widgets.entries()) {
      await em.execute(
        `insert into analytics_widget (id, company_id, created_at, updated_at, dashboard_id, metric, chart, range_preset, bucket, compare, title, position) values (?, ?, now(), now(), ?, ?, ?, ?, ?, true, '', ?)`,
        [randomUUID(), companyId, dashboardId, widget.metric, widget.chart, widget.range, widget.bucket, index],
      );
    }
  }
}
