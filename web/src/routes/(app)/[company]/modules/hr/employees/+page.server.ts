import { employeeSortKeys } from '@atrium/core';
import { tableQuery, type TablePage } from '#lib/components/data-table';
import { answer } from '#lib/server/api-client';
import { hrPath, pageProblem } from '../hr.server';
import type { Colleague } from '../types';
import type { PageServerLoad } from './$types';

type SortKey = (typeof employeeSortKeys)[number];
const isSortKey = (key: string): key is SortKey => (employeeSortKeys as readonly string[]).includes(key);

/**
 * The directory: the DataTable's query in the URL (`?q=&sort=&dir=&page=`) becomes the API's
 * search, sort and page, so only one page of employees ever leaves the database.
 */
export const load: PageServerLoad = async (event) => {
  const query = tableQuery(event.url, { sort: 'name', dir: 'asc', pageSize: 25 });
  const sort = isSortKey(query.sort) ? query.sort : 'name';
  const result = await answer(
    event.locals.api.GET('/api/companies/{companyId}/modules/hr/employees', {
      params: {
        path: hrPath(event.params.company),
        query: { ...(query.q ? { q: query.q } : {}), sort, dir: query.dir, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      },
    }),
  );
  if (!result.ok) return { table: null, me: null, problem: pageProblem(result) };
  const table: TablePage<Colleague> = { rows: result.data.employees, total: result.data.total, query: { ...query, sort } };
  return { table, me: result.data.me, problem: null };
};
