import { crmContactSorts, type CrmContactSort } from '@atrium/core';
import { tableQuery } from '#lib/components/data-table';
import { answer } from '#lib/server/api-client';
import { readRefused, requireOpenCrm } from '#lib/server/crm/crm-page';
import type { PageServerLoad } from './$types';

/**
 * The contacts, one page at a time: the DataTable's search, tag filter, sort and page are
 * in the URL and go to the API as they are, which searches its trigram index and pages.
 */
export const load: PageServerLoad = async (event) => {
  const { crm } = await event.parent();
  requireOpenCrm(crm, event.params.company);
  const query = tableQuery(event.url, { sort: 'name', dir: 'asc', pageSize: 25 });
  const sort: CrmContactSort = (crmContactSorts as readonly string[]).includes(query.sort) ? (query.sort as CrmContactSort) : 'name';
  const list = await answer(
    event.locals.api.GET('/api/companies/{companyId}/modules/crm/contacts', {
      params: {
        path: { companyId: event.params.company },
        query: {
          ...(query.q ? { q: query.q } : {}),
          ...(query.filter ? { tag: query.filter } : {}),
          sort,
          dir: query.dir,
          limit: query.pageSize,
          offset: (query.page - 1) * query.pageSize,
        },
      },
    }),
  );
  if (!list.ok) return { table: null, tags: [], problem: readRefused(list, event.params.company) };
  return { table: { rows: list.data.contacts, total: list.data.total, query: { ...query, sort } }, tags: list.data.tags, problem: null };
};
