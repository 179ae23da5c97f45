import type { DateRange, MetricFacts } from '@atrium/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rangeParams, rows, utcDay, withinDays } from './sql';

/** What the company paid Atrium: its paid invoices, totals with tax, on the day they were paid. */
export async function atriumSpend(em: EntityManager, range: DateRange, currency: string): Promise<MetricFacts> {
  const found = await rows<{ on: string; value: number }>(em, `select ${utcDay('paid_at')} as on, total as value from invoice where status = 'paid' and paid_at is not null and currency = ? and ${withinDays('paid_at')}`, [currency, ...rangeParams(range)]);
  return { kind: 'events', rows: found.map((row) => ({ on: row.on, value: Number(row.value) })) };
}
