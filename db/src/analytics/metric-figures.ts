import {
  analyticsMetrics,
  changePercent,
  moduleNames,
  previousRange,
  seriesOf,
  wholeMonthsOf,
  type AnalyticsFigures,
  type BucketSize,
  type DateRange,
  type Entitlements,
  type MetricKey,
} from '@atrium/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { metricFacts } from './metric-facts';

export interface FiguresRequest {
  metric: MetricKey;
  range: DateRange;
  bucket: BucketSize;
  compare: boolean;
}

/**
 * A metric's figures for the company whose transaction `em` is: "needs <Module>" when the
 * entitlements (never anything else) say the company does not have the metric's module,
 * else the range in buckets and, when asked, the period before it.
 */
export async function metricFigures(em: EntityManager, entitlements: Entitlements, request: FiguresRequest): Promise<AnalyticsFigures> {
  const definition = analyticsMetrics[request.metric];
  if (definition.module && !entitlements.usableModules.includes(definition.module)) {
    const moduleName = moduleNames[definition.module];
    return {
      state: 'needs_module', metric: request.metric, label: definition.label, module: definition.module, moduleName,
      message: `${definition.label} needs ${moduleName}. Get ${moduleName} in the marketplace to see it here.`,
      marketplacePath: `/marketplace/${definition.module}`,
    };
  }
  // The P&L is monthly: its ranges are whole months and its buckets months.
  const monthly = 'finestBucket' in definition && definition.finestBucket === 'month';
  const range = monthly ? wholeMonthsOf(request.range) : request.range;
  const bucket: BucketSize = monthly ? 'month' : request.bucket;
  const previous = request.compare ? previousRange(range) : null;
  const facts = await metricFacts(em, request.metric, { from: previous?.from ?? range.from, to: range.to }, entitlements);
  const current = seriesOf(definition.aggregation, facts, range, bucket);
  const before = previous ? seriesOf(definition.aggregation, facts, previous, bucket) : null;
  return {
    state: 'ready', metric: request.metric, label: definition.label, unit: definition.unit, aggregation: definition.aggregation,
    currency: definition.unit === 'money' ? entitlements.currency : null, bucket, current, previous: before,
    changePercent: before ? changePercent(current.total, before.total) : null,
  };
}
