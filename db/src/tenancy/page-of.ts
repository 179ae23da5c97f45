import type { EntityManager, EntityName, FilterQuery, FindOptions } from '@mikro-orm/postgresql';

export interface PageRequest {
  limit: number;
  offset: number;
}

/**
 * One page of a company's records and how many there are in all, for answers shaped
 * `{ <records>: [...], total }`. The order must end on a unique column (the id), or rows
 * that tie could show on two pages or on none.
 *
 * Three things make it fast on a large company (bench/crm-contacts.ts, 25,000 contacts
 * among 100 other companies'), given an index on `(company_id, <order columns>, id)`:
 * - the company is named in the query although row-level security already holds it there:
 *   the policy is `company_id = … OR <system context>`, which no index serves; next to it,
 *   `company_id = ?` (leakproof, so allowed ahead of the policy) starts the index scan;
 * - the page's ids are found first, from the index alone, and only those rows are read:
 *   page 240 walks 12,000 index entries, not 12,000 rows of the table;
 * - the count reads the same index, and is skipped when the page is the last one.
 *
 * A condition with LIKE (a search) is read from the rows or the index entries one by one:
 * row-level security lets only leakproof operators (such as `=`) into an index scan, and
 * LIKE is not one, so a search costs a pass over the company's part of the index.
 */
export async function pageOf<Entity extends { id: string }>(
  em: EntityManager,
  entity: EntityName<Entity>,
  companyId: string,
  where: FilterQuery<NoInfer<Entity>>,
  page: PageRequest & { orderBy: FindOptions<Entity>['orderBy'] },
): Promise<{ rows: Entity[]; total: number }> {
  const scoped = { ...(where as object), company: companyId } as FilterQuery<NoInfer<Entity>>;
  const ids = (
    await em.find(entity, scoped, { fields: ['id'] as never, orderBy: page.orderBy, limit: page.limit, offset: page.offset, disableIdentityMap: true })
  ).map((row) => row.id);
  const found = ids.length ? await em.find(entity, { id: { $in: ids } } as unknown as FilterQuery<NoInfer<Entity>>) : [];
  const byId = new Map(found.map((row) => [row.id, row as Entity]));
  // A short page that is not past the end is the last one: the total is known without a count
  // (a search that finds a handful of contacts reads the rows once, not twice).
  const total = ids.length < page.limit && (ids.length > 0 || page.offset === 0) ? page.offset + ids.length : await em.count(entity, scoped);
  return { rows: ids.map((id) => byId.get(id)).filter((row): row is Entity => row !== undefined), total };
}
