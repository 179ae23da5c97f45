import type { DateRange, MetricFacts } from '@atrium/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { day, rangeParams, rows, utcDay, withinDays } from './sql';

/** Tasks completed, on the day they were marked done. */
export async function tasksDone(em: EntityManager, range: DateRange): Promise<MetricFacts> {
  const found = await rows<{ on: string }>(em, `select ${utcDay('completed_at')} as on from project_task where completed_at is not null and ${withinDays('completed_at')}`, rangeParams(range));
  return { kind: 'events', rows: found.map((row) => ({ on: row.on, value: 1 })) };
}

/** A dated task is overdue from the day after it was due until the day it was done. */
export async function overdueTasks(em: EntityManager): Promise<MetricFacts> {
  const found = await rows<{ from: string; until: string | null }>(
    em, `select ${day("due_on + 1")} as from, ${utcDay('completed_at')} as until from project_task where due_on is not null and (completed_at is null or completed_at at time zone 'utc' >= due_on + 1)`, [],
  );
  return { kind: 'intervals', rows: found.map((row) => ({ from: row.from, until: row.until, value: 1 })) };
}
