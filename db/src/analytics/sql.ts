import type { EntityManager } from '@mikro-orm/postgresql';
import type { DateRange } from '@atrium/core';

/** A timestamp's calendar day in UTC, as `YYYY-MM-DD` (Analytics buckets days in UTC, like HR's dates). */
export const utcDay = (column: string) => `to_char(${column} at time zone 'utc', 'YYYY-MM-DD')`;
export const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
/** `column` within the range's days, UTC; two parameters: from, to. */
export const withinDays = (column: string) => `${column} >= (?::date)::timestamp at time zone 'utc' and ${column} < ((?::date) + 1)::timestamp at time zone 'utc'`;

/**
 * Raw SQL in the company's own transaction: row-level security keeps it to the company's
 * rows, whatever the query says (the RLS test and the Analytics API test hold it to that).
 */
export async function rows<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return em.execute<T[]>(sql, params, 'all');
}

export const rangeParams = (range: DateRange) => [range.from, range.to];
