import { describe, expect, it } from 'vitest';
import { bucketsOf, monthsOfHistory, previousRange, rangeOf } from './date-ranges';
import { changePercent, median, seriesOf } from './figures';

describe('analytics buckets and ranges', () => {
  it('weeks start on Monday and the first and last buckets are cut to the range', () => {
    expect(bucketsOf({ from: '2027-01-06', to: '2027-01-20' }, 'week')).toEqual([
      { start: '2027-01-06', end: '2027-01-10' },
      { start: '2027-01-11', end: '2027-01-17' },
      { start: '2027-01-18', end: '2027-01-20' },
    ]);
    expect(bucketsOf({ from: '2027-01-15', to: '2027-03-02' }, 'month').map((bucket) => bucket.start)).toEqual(['2027-01-15', '2027-02-01', '2027-03-01']);
  });

  it('a range of whole months is compared with as many months before it; any other with as many days', () => {
    expect(previousRange({ from: '2027-03-01', to: '2027-03-31' })).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(previousRange({ from: '2027-01-01', to: '2027-06-30' })).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(previousRange({ from: '2027-03-10', to: '2027-03-16' })).toEqual({ from: '2027-03-03', to: '2027-03-09' });
  });

  it('presets end today; the history a range needs counts the current month', () => {
    expect(rangeOf('last_7_days', '2027-03-16')).toEqual({ from: '2027-03-10', to: '2027-03-16' });
    expect(rangeOf('last_month', '2027-03-16')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(rangeOf('last_12_months', '2027-03-16')).toEqual({ from: '2026-04-01', to: '2027-03-16' });
    expect(monthsOfHistory({ from: '2026-04-01', to: '2027-03-16' }, '2027-03-16')).toBe(12);
  });
});

describe('analytics figures', () => {
  it('sums events per bucket and splits them by category', () => {
    const facts = { kind: 'events' as const, rows: [{ on: '2027-01-04', value: 500, category: 'Travel' }, { on: '2027-01-12', value: 300, category: 'Meals' }, { on: '2027-01-13', value: 250, category: 'Travel' }, { on: '2026-12-31', value: 999, category: 'Travel' }] };
    const series = seriesOf('sum', facts, { from: '2027-01-04', to: '2027-01-17' }, 'week');
    expect(series.total).toBe(1050);
    expect(series.buckets.map((bucket) => bucket.value)).toEqual([500, 550]);
    expect(series.breakdown).toEqual([{ label: 'Travel', value: 750 }, { label: 'Meals', value: 300 }]);
  });

  it('a level is what held at the end of each bucket', () => {
    const facts = { kind: 'intervals' as const, rows: [{ from: '2027-01-01', until: null, value: 1 }, { from: '2027-01-08', until: '2027-01-15', value: 1 }] };
    const series = seriesOf('level', facts, { from: '2027-01-04', to: '2027-01-17' }, 'week');
    expect(series.buckets.map((bucket) => bucket.value)).toEqual([2, 1]);
    expect(seriesOf('level', facts, { from: '2027-01-04', to: '2027-01-15' }, 'day').total).toBe(1);
  });

  it('a median takes the middle (the mean of two) and is null with nothing to measure', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([10, 20, 40, 30])).toBe(25);
    expect(median([])).toBeNull();
    expect(changePercent(150, 100)).toBe(50);
    expect(changePercent(5, 0)).toBeNull();
  });
});

describe('report periods', () => {
  it('a weekly report covers last Monday to Sunday; a monthly one the last whole month', async () => {
    const { reportPeriodOf } = await import('./report-period');
    expect(reportPeriodOf('weekly', Date.parse('2027-03-15T07:00:00Z'))).toMatchObject({ from: '2027-03-08', to: '2027-03-14', key: '2027-03-08' });
    expect(reportPeriodOf('weekly', Date.parse('2027-03-17T07:00:00Z'))).toMatchObject({ from: '2027-03-08', to: '2027-03-14' });
    expect(reportPeriodOf('monthly', Date.parse('2027-03-01T07:00:00Z'))).toMatchObject({ from: '2027-02-01', to: '2027-02-28', key: '2027-02', label: 'February 2027' });
  });
});
