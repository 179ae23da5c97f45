import type { DateRange, MetricFacts } from '@atrium/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from './sql';

/**
 * Page views of the company's CMS sites, from CMS's daily aggregates. CONTRACT with CMS: it
 * owns `cms_page_view_day(company_id, site_id, page_id, day date, views integer)` under
 * forced RLS; Analytics only reads it, here and nowhere else. Until CMS's migration is in,
 * the table does not exist and the figure is empty (checked first: a failed query would end
 * the company's transaction).
 */
export async function pageViews(em: EntityManager, range: DateRange): Promise<MetricFacts> {
  const [table] = await rows<{ present: boolean }>(em, `select to_regclass('cms_page_view_day') is not null as present`, []);
  if (!table?.present) return { kind: 'events', rows: [] };
  const found = await rows<{ on: string; value: number }>(
    em, `select to_char(day, 'YYYY-MM-DD') as on, sum(views)::int as value from cms_page_view_day where day between ?::date and ?::date group by day`, [range.from, range.to],
  );
  return { kind: 'events', rows: found.map((row) => ({ on: row.on, value: Number(row.value) })) };
}
