import { formatMoney, isCurrency } from '../../billing/money';
import type { MetricUnit } from './metrics';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A figure as a person reads it: "€1,250.00", "14 days", "42 min"; a dash for nothing to show. */
export function formatFigure(value: number | null, unit: MetricUnit, currency: string | null): string {
  if (value === null) return '—';
  switch (unit) {
    case 'money':
      return currency && isCurrency(currency) ? formatMoney({ amount: Math.round(value), currency }) : whole.format(value / 100);
    case 'days':
      return `${whole.format(value)} ${value === 1 ? 'day' : 'days'}`;
    case 'minutes':
      return value >= 120 ? `${whole.format(value / 60)} h` : `${whole.format(value)} min`;
    case 'count':
      return whole.format(value);
  }
}

/** "+12.5 %", "−3 %", or nothing to compare with. */
export function formatChange(percent: number | null): string {
  if (percent === null) return '—';
  return `${percent > 0 ? '+' : percent < 0 ? '−' : ''}${whole.format(Math.abs(percent))} %`;
}
