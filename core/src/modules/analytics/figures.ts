import type { IsoDate } from '../hr/calendar-dates';
import { bucketsOf, type BucketSize, type DateRange } from './date-ranges';
import type { MetricAggregation } from './metrics';

/**
 * What a metric's query reads from a module, before any adding up: things that happened on
 * a day (a deal won, its value), or things that held from a day until another (an employee
 * from their start date, an overdue task from the day after it was due until it was done).
 */
export type MetricFacts =
  | { kind: 'events'; rows: ReadonlyArray<{ on: IsoDate; value: number; category?: string }> }
  | { kind: 'intervals'; rows: ReadonlyArray<{ from: IsoDate; until: IsoDate | null; value: number }> };

export interface SeriesBucket {
  start: IsoDate;
  end: IsoDate;
  /** Null: nothing to take a median of. */
  value: number | null;
}

export interface MetricSeries {
  from: IsoDate;
  to: IsoDate;
  /** The whole range: the sum, the level on its last day, or the median of all of it. */
  total: number | null;
  buckets: SeriesBucket[];
  /** The total split by category, largest first (only metrics with a breakdown). */
  breakdown: Array<{ label: string; value: number }>;
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

function aggregate(aggregation: MetricAggregation, values: readonly number[]): number | null {
  return aggregation === 'median' ? median(values) : sum(values);
}

/** The level of interval facts at the end of `day`: what started by then and had not ended. */
function levelOn(rows: Extract<MetricFacts, { kind: 'intervals' }>['rows'], day: IsoDate): number {
  return sum(rows.filter((row) => row.from <= day && (row.until === null || row.until > day)).map((row) => row.value));
}

/** A metric's figures over one range, in buckets, from the facts its query read (facts outside the range are ignored). */
export function seriesOf(aggregation: MetricAggregation, facts: MetricFacts, range: DateRange, bucket: BucketSize): MetricSeries {
  const buckets = bucketsOf(range, bucket);
  if (facts.kind === 'intervals') {
    return {
      from: range.from,
      to: range.to,
      total: levelOn(facts.rows, range.to),
      buckets: buckets.map(({ start, end }) => ({ start, end, value: levelOn(facts.rows, end) })),
      breakdown: [],
    };
  }
  const inRange = facts.rows.filter((row) => row.on >= range.from && row.on <= range.to);
  const categories = new Map<string, number>();
  for (const row of inRange) if (row.category !== undefined) categories.set(row.category, (categories.get(row.category) ?? 0) + row.value);
  return {
    from: range.from,
    to: range.to,
    total: aggregate(aggregation, inRange.map((row) => row.value)),
    buckets: buckets.map(({ start, end }) => ({ start, end, value: aggregate(aggregation, inRange.filter((row) => row.on >= start && row.on <= end).map((row) => row.value)) })),
    breakdown: [...categories.entries()].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label)),
  };
}

/** The change from the previous period in percent, one decimal; null when there is nothing to compare with. */
export function changePercent(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return Math.round(((current - previous) / Math.abs(previous)) * 1000) / 10;
}
