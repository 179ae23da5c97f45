import { analyticsMetrics, formatChange, formatFigure, reportPeriodOf } from '@atrium/core';
import { AnalyticsReport, AnalyticsWidget, companyEntitlements, metricFigures, withTenant, type MikroORM } from '@atrium/db';
import type { AnalyticsActivities, AnalyticsReportLine } from '@atrium/workflows';

/**
 * The report's figures: every widget of its dashboard over the whole period (a week in
 * days, a month in weeks) against the period before, formatted for the mail and the PDF.
 * It reads the company's rows only (its tenant transaction) and asks the entitlements, never
 * its own guess, whether the company still has Analytics and each widget's module.
 */
export function computeAnalyticsReport(orm: MikroORM): AnalyticsActivities['computeAnalyticsReport'] {
  return ({ companyId, reportId, sentAt }) =>
    withTenant(orm, { companyId }, async (em) => {
      const report = await em.findOne(AnalyticsReport, { id: reportId }, { populate: ['dashboard'] });
      if (!report || report.paused) return null;
      const entitlements = await companyEntitlements(em, companyId, new Date(sentAt));
      if (!entitlements.usableModules.includes('analytics')) return null;
      const period = reportPeriodOf(report.frequency, Date.parse(sentAt));
      const widgets = await em.find(AnalyticsWidget, { dashboard: report.dashboard.id }, { orderBy: { position: 'asc', id: 'asc' } });
      const lines: AnalyticsReportLine[] = [];
      for (const widget of widgets) {
        const label = widget.title || analyticsMetrics[widget.metric].label;
        const figures = await metricFigures(em, entitlements, { metric: widget.metric, range: period, bucket: period.bucket, compare: true });
        if (figures.state === 'needs_module') {
          lines.push({ label, value: '—', previous: null, change: null, note: `Needs ${figures.moduleName}`, breakdown: [] });
          continue;
        }
        const format = (value: number | null) => formatFigure(value, figures.unit, figures.currency);
        lines.push({
          label,
          value: format(figures.current.total),
          previous: figures.previous ? format(figures.previous.total) : null,
          change: figures.previous ? formatChange(figures.changePercent) : null,
          note: null,
          breakdown: figures.current.breakdown.map((part) => ({ label: part.label, value: format(part.value) })),
        });
      }
      const [company] = await em.execute<{ name: string }[]>(`select name from company where id = ?`, [companyId], 'all');
      return { companyName: company?.name ?? '', dashboardName: report.dashboard.name, recipients: report.recipients, period, lines };
    });
}
