import { formatChange, formatFigure, type MetricUnit } from '@atrium/core';
import type { Schemas } from '#lib/api';

export type AnalyticsWidget = Schemas['AnalyticsWidget'];
export type AnalyticsFigures = Schemas['AnalyticsFigures'];
export type ReadyFigures = Extract<AnalyticsFigures, { state: 'ready' }>;

const dayLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const monthLabel = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A bucket as its axis label: "3 Mar" for a day or a week (its first day), "Mar 2027" for a month. */
export function bucketLabel(start: string, bucket: ReadyFigures['bucket']): string {
  const date = new Date(`${start}T00:00:00Z`);
  return bucket === 'month' ? monthLabel.format(date) : dayLabel.format(date);
}

export const figureText = (figures: ReadyFigures, value: number | null) => formatFigure(value, figures.unit as MetricUnit, figures.currency);
export const changeText = (figures: ReadyFigures) => formatChange(figures.changePercent);

/** A bucket's value as the chart plots it: money in major units, nothing as a gap. */
export const plotted = (figures: ReadyFigures, value: number | null) => (value === null ? null : figures.unit === 'money' ? value / 100 : value);
