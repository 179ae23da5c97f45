import type { DateRange, MetricFacts } from '@atrium/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from './sql';

/**
 * Page views of the company's CMS sites, from CMS's daily aggregates (`cms_page_view_day`,
 * one row per page and day, written by the public site's counter under forced RLS);
 * Analytics only reads it, here and nowhere else.
 */
export async function pageViews(em: EntityManager, range: DateRange): Promise<MetricFacts> {
  const found = await rows<{ on: string; value: number }>(
    em, `select to_char(day, 'YYYY-MM-DD') as on, sum(views)::int as value from cms_page_view_day where day between ?::date and ?::date group by day`, [range.from, range.to],
  );
  return { kind: 'events', rows: found.map((row) => ({ on: row.on, value: Number(row.value) })) };
}
