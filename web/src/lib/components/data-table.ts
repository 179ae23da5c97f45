/**
 * The query a DataTable puts in the URL (`?q=&filter=&sort=&dir=&page=`), read on the
 * server so that sorting, filtering, searching and paging are links and GET forms: they
 * work without JavaScript, can be bookmarked, and the server returns only one page.
 */
export interface TableQuery {
  q: string;
  filter: string;
  sort: string;
  dir: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export interface TablePage<Row> {
  rows: Row[];
  total: number;
  query: TableQuery;
}

export function tableQuery(url: URL, defaults: { sort: string; dir?: 'asc' | 'desc'; pageSize?: number }): TableQuery {
  const params = url.searchParams;
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    filter: params.get('filter') ?? '',
    sort: params.get('sort') || defaults.sort,
    dir: params.get('dir') === 'asc' ? 'asc' : params.get('dir') === 'desc' ? 'desc' : (defaults.dir ?? 'desc'),
    page: Number.isFinite(page) && page > 0 ? page : 1,
    pageSize: defaults.pageSize ?? 25,
  };
}

/**
 * One page of rows already in the server's hands, searched in `searchable`, filtered on
 * `filterBy` and sorted by the column named in the query.
 */
export function pageOf<Row>(
  rows: readonly Row[],
  query: TableQuery,
  { searchable, filterBy, sortBy }: { searchable: (row: Row) => string; filterBy?: (row: Row) => string; sortBy: Record<string, (row: Row) => string | number> },
): TablePage<Row> {
  const needle = query.q.toLowerCase();
  const matching = rows.filter(
    (row) => (!needle || searchable(row).toLowerCase().includes(needle)) && (!query.filter || !filterBy || filterBy(row) === query.filter),
  );
  const key = sortBy[query.sort] ?? Object.values(sortBy)[0];
  const sorted = key
    ? [...matching].sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        const order = x < y ? -1 : x > y ? 1 : 0;
        return query.dir === 'asc' ? order : -order;
      })
    : matching;
  const lastPage = Math.max(1, Math.ceil(sorted.length / query.pageSize));
  const page = Math.min(query.page, lastPage);
  return { rows: sorted.slice((page - 1) * query.pageSize, page * query.pageSize), total: sorted.length, query: { ...query, page } };
}

/** The current URL with some table parameters changed (and back to page 1 unless paging). */
export function withQuery(url: { href: string }, changes: Partial<Record<keyof TableQuery, string | number>>): string {
  const next = new URL(url.href);
  if (!('page' in changes)) next.searchParams.delete('page');
  for (const [name, value] of Object.entries(changes)) {
    if (value === '' || value === undefined) next.searchParams.delete(name);
    else next.searchParams.set(name, String(value));
  }
  return `${next.pathname}${next.search}`;
}
