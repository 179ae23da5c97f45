import type { DateRange, MetricFacts } from '@atrium/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { day, rows } from './sql';

/** Employees from their start date (HR records no leaving date yet: a removed record leaves the past too). */
export async function headcount(em: EntityManager): Promise<MetricFacts> {
  const found = await rows<{ from: string }>(em, `select ${day('start_date')} as from from hr_employee`, []);
  return { kind: 'intervals', rows: found.map((row) => ({ from: row.from, until: null, value: 1 })) };
}

/** Approved leave, its working days counted on the day it starts. */
export async function absenceDays(em: EntityManager, range: DateRange): Promise<MetricFacts> {
  const found = await rows<{ on: string; value: number }>(em, `select ${day('start_date')} as on, days as value from hr_leave_request where status = 'approved' and start_date between ?::date and ?::date`, [range.from, range.to]);
  return { kind: 'events', rows: found.map((row) => ({ on: row.on, value: Number(row.value) })) };
}
