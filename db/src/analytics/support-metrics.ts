import type { DateRange, MetricFacts } from '@atrium/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rangeParams, rows, utcDay, withinDays } from './sql';

/** Tickets opened, whichever way they came in. */
export async function ticketVolume(em: EntityManager, range: DateRange): Promise<MetricFacts> {
  const found = await rows<{ on: string }>(em, `select ${utcDay('created_at')} as on from support_ticket where ${withinDays('created_at')}`, rangeParams(range));
  return { kind: 'events', rows: found.map((row) => ({ on: row.on, value: 1 })) };
}

/** Minutes (to a tenth) from a ticket's opening to the first agent reply, on the day it opened; unanswered tickets have none yet. */
export async function firstResponseMinutes(em: EntityManager, range: DateRange): Promise<MetricFacts> {
  const found = await rows<{ on: string; seconds: number }>(
    em, `select ${utcDay('created_at')} as on, extract(epoch from first_responded_at - created_at) as seconds from support_ticket where first_responded_at is not null and ${withinDays('created_at')}`, rangeParams(range),
  );
  return { kind: 'events', rows: found.map((row) => ({ on: row.on, value: Math.round(Number(row.seconds) / 6) / 10 })) };
}

/** Tickets whose SLA clock marked a breach, on the day they opened. */
export async function slaBreaches(em: EntityManager, range: DateRange): Promise<MetricFacts> {
  const found = await rows<{ on: string }>(em, `select ${utcDay('created_at')} as on from support_ticket where sla_status = 'breached' and ${withinDays('created_at')}`, rangeParams(range));
  return { kind: 'events', rows: found.map((row) => ({ on: row.on, value: 1 })) };
}
