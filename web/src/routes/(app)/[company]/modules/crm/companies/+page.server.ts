import { tableQuery } from '#lib/components/data-table';
import { answer } from '#lib/server/api-client';
import { readRefused, requireOpenCrm } from '#lib/server/crm/crm-page';
import type { PageServerLoad } from './$types';

/** The companies the team sells to, searched, sorted and paged by the API from the URL. */
export const load: PageServerLoad = async (event) => {
  const { crm } = await event.parent();
  requireOpenCrm(crm, event.params.company);
  const query = tableQuery(event.url, { sort: 'name', dir: 'asc', pageSize: 25 });
  const sort = query.sort === 'createdAt' ? 'createdAt' : 'name';
  const list = await answer(
    event.locals.api.GET('/api/companies/{companyId}/modules/crm/organizations', {
      params: {
        path: { companyId: event.params.company },
        query: { ...(query.q ? { q: query.q } : {}), sort, dir: query.dir, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      },
    }),
  );
  if (!list.ok) return { table: null, problem: readRefused(list, event.params.company) };
  return { table: { rows: list.data.organizations, total: list.data.total, query: { ...query, sort } }, problem: null };
};
