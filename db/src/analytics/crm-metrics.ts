import type { DateRange, MetricFacts } from '@atrium/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rangeParams, rows, utcDay, withinDays } from './sql';

/** Won deals by the day they were won: the deal's last change, as Finance's won-deals list dates them. */
export async function revenueWon(em: EntityManager, range: DateRange, currency: string): Promise<MetricFacts> {
  const found = await rows<{ on: string; value: number }>(em, `select ${utcDay('updated_at')} as on, value_minor as value from crm_deal where status = 'won' and currency = ? and ${withinDays('updated_at')}`, [currency, ...rangeParams(range)]);
  return { kind: 'events', rows: found.map((row) => ({ on: row.on, value: Number(row.value) })) };
}

/** Deals still open, from the day they were added (CRM keeps no stage history, so a closed deal leaves the past too). */
export async function openPipeline(em: EntityManager, _range: DateRange, currency: string): Promise<MetricFacts> {
  const found = await rows<{ from: string; value: number }>(em, `select ${utcDay('created_at')} as from, value_minor as value from crm_deal where status = 'open' and currency = ?`, [currency]);
  return { kind: 'intervals', rows: found.map((row) => ({ from: row.from, until: null, value: Number(row.value) })) };
}
