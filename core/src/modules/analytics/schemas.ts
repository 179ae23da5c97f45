import { z } from 'zod';
import { text } from '../../api/text';
import { moduleKeys } from '../catalog';
import { isoDate } from '../hr/schemas';
import { bucketSizes, rangePresets } from './date-ranges';
import { metricAggregations, metricKeys, metricUnits } from './metrics';

const id = (what: string) => z.uuid({ error: `That is not a ${what} id.` });

export const analyticsMetricKey = z.enum(metricKeys, { error: `The metric is one of ${metricKeys.join(', ')}.` });
export const analyticsBucket = z.enum(bucketSizes, { error: `The bucket is one of ${bucketSizes.join(', ')}.` });
export const analyticsRangePreset = z.enum(rangePresets, { error: `The date range is one of ${rangePresets.join(', ')}.` });
export const analyticsChartTypes = ['line', 'bar', 'number', 'table'] as const;
export type AnalyticsChartType = (typeof analyticsChartTypes)[number];
export const analyticsChart = z.enum(analyticsChartTypes, { error: `The chart is one of ${analyticsChartTypes.join(', ')}.` });
export const reportFrequencies = ['weekly', 'monthly'] as const;
export type ReportFrequency = (typeof reportFrequencies)[number];
export const analyticsReportFrequency = z.enum(reportFrequencies, { error: 'A report goes out weekly or monthly.' });

export const analyticsParams = z.object({ companyId: id('company') });
export const analyticsMetricParams = analyticsParams.extend({ metric: analyticsMetricKey });
export const analyticsDashboardParams = analyticsParams.extend({ dashboardId: id('dashboard') });
export const analyticsWidgetParams = analyticsDashboardParams.extend({ widgetId: id('widget') });
export const analyticsReportParams = analyticsParams.extend({ reportId: id('report') });

/** A metric's figures over a range; `compare` adds the period right before it. */
export const analyticsMetricQuery = z
  .object({
    from: isoDate('start of the range'),
    to: isoDate('end of the range'),
    bucket: analyticsBucket.default('day'),
    compare: z.enum(['true', 'false'], { error: 'compare is true or false.' }).default('true').transform((value) => value === 'true'),
  })
  .refine((query) => query.from <= query.to, { error: 'The range ends before it starts.', path: ['to'] });

export const analyticsDashboardQuery = z.object({ range: analyticsRangePreset.optional() });

const seriesBucket = z.object({ start: z.string(), end: z.string(), value: z.number().nullable() });
const series = z
  .object({ from: z.string(), to: z.string(), total: z.number().nullable(), buckets: z.array(seriesBucket), breakdown: z.array(z.object({ label: z.string(), value: z.number() })) })
  .meta({ id: 'AnalyticsSeries' });

const ready = z.object({
  state: z.literal('ready'),
  metric: analyticsMetricKey,
  label: z.string(),
  unit: z.enum(metricUnits),
  aggregation: z.enum(metricAggregations),
  /** The currency of money figures (the company's); other currencies are left out. */
  currency: z.string().nullable(),
  bucket: analyticsBucket,
  current: series,
  previous: series.nullable(),
  /** Total against the previous period, in percent. */
  changePercent: z.number().nullable(),
});
const needsModule = z.object({
  state: z.literal('needs_module'),
  metric: analyticsMetricKey,
  label: z.string(),
  module: z.enum(moduleKeys),
  moduleName: z.string(),
  message: z.string(),
  /** Where the company gets the module (under the company's dashboard). */
  marketplacePath: z.string(),
});
export const analyticsFigures = z.discriminatedUnion('state', [ready, needsModule]).meta({ id: 'AnalyticsFigures' });
export type AnalyticsFigures = z.infer<typeof analyticsFigures>;

export const analyticsMetricSummary = z
  .object({
    key: analyticsMetricKey, label: z.string(), description: z.string(), module: z.enum(moduleKeys).nullable(), moduleName: z.string().nullable(),
    unit: z.enum(metricUnits), aggregation: z.enum(metricAggregations), available: z.boolean(),
  })
  .meta({ id: 'AnalyticsMetricSummary' });
export const analyticsMetricList = z.object({ metrics: z.array(analyticsMetricSummary) }).meta({ id: 'AnalyticsMetricList' });

export const analyticsDashboardInput = z
  .object({ name: text({ field: 'dashboard name', min: 1, max: 80, messages: { required: 'Give the dashboard a name.', min: 'Give the dashboard a name.' } }) })
  .meta({ id: 'AnalyticsDashboardInput' });

export const analyticsWidgetInput = z
  .object({
    metric: analyticsMetricKey,
    chart: analyticsChart.default('line'),
    range: analyticsRangePreset.default('last_30_days'),
    bucket: analyticsBucket.default('day'),
    compare: z.boolean({ error: 'compare is true or false.' }).default(true),
    title: text({ field: 'widget title', max: 80 }).default(''),
  })
  .meta({ id: 'AnalyticsWidgetInput' });
export type AnalyticsWidgetSpec = z.output<typeof analyticsWidgetInput>;

export const analyticsWidgetPatch = z
  .object({
    chart: analyticsChart, range: analyticsRangePreset, bucket: analyticsBucket, compare: z.boolean({ error: 'compare is true or false.' }), title: text({ field: 'widget title', max: 80 }),
    /** Moves the widget one place up or down the dashboard. */
    move: z.enum(['up', 'down'], { error: 'move is up or down.' }),
  })
  .partial()
  .meta({ id: 'AnalyticsWidgetPatch' });

export const analyticsWidgetView = z
  .object({
    id: z.uuid(), metric: analyticsMetricKey, chart: analyticsChart, range: analyticsRangePreset, bucket: analyticsBucket, compare: z.boolean(), title: z.string(), position: z.int(),
    figures: analyticsFigures,
  })
  .meta({ id: 'AnalyticsWidget' });

export const analyticsDashboardSummary = z
  .object({ id: z.uuid(), name: z.string(), provisioned: z.boolean(), widgetCount: z.int(), createdAt: z.string() })
  .meta({ id: 'AnalyticsDashboardSummary' });
export const analyticsDashboardList = z.object({ dashboards: z.array(analyticsDashboardSummary) }).meta({ id: 'AnalyticsDashboardList' });
export const analyticsDashboardView = z
  .object({ id: z.uuid(), name: z.string(), provisioned: z.boolean(), createdAt: z.string(), today: z.string(), widgets: z.array(analyticsWidgetView) })
  .meta({ id: 'AnalyticsDashboard' });

const recipients = z
  .array(z.email({ error: 'That is not an email address.' }).max(200, { error: 'An email address has at most 200 characters.' }), { error: 'Give the recipients’ addresses.' })
  .min(1, { error: 'Give at least one recipient.' })
  .max(10, { error: 'At most 10 recipients.' });

export const analyticsReportInput = z
  .object({ dashboardId: id('dashboard'), frequency: analyticsReportFrequency.default('weekly'), recipients })
  .meta({ id: 'AnalyticsReportInput' });
export const analyticsReportPatch = z
  .object({ frequency: analyticsReportFrequency, recipients, paused: z.boolean({ error: 'paused is true or false.' }) })
  .partial()
  .meta({ id: 'AnalyticsReportPatch' });
export const analyticsReportView = z
  .object({
    id: z.uuid(), dashboardId: z.uuid(), dashboardName: z.string(), frequency: analyticsReportFrequency, recipients: z.array(z.string()),
    paused: z.boolean(), lastSentPeriod: z.string().nullable(), createdAt: z.string(),
  })
  .meta({ id: 'AnalyticsReport' });
export const analyticsReportList = z.object({ reports: z.array(analyticsReportView) }).meta({ id: 'AnalyticsReportList' });
export const analyticsDeleted = z.object({ deleted: z.literal(true) }).meta({ id: 'AnalyticsDeleted' });
