import { subscriptionStatuses } from '@atrium/core';
import { pageOf, tableQuery } from '#lib/components/data-table';
import { answer } from '#lib/server/api-client';
import type { PageServerLoad } from './$types';

/** Companies found by the API (search by name, slug, member email or id; status filter), sorted and paged here. */
export const load: PageServerLoad = async (event) => {
  const query = tableQuery(event.url, { sort: 'createdAt', dir: 'desc' });
  const status = [...subscriptionStatuses, 'starting' as const].find((value) => value === query.filter);
  const found = await answer(event.locals.api.GET('/api/operator/companies', { params: { query: { ...(query.q ? { q: query.q } : {}), ...(status ? { status } : {}) } } }));
  if (!found.ok) return { table: null, problem: found.problem };
  return {
    // The API searched and filtered already: here only the order and the page.
    table: pageOf(found.data.companies, { ...query, q: '', filter: '' }, {
      searchable: () => '',
      sortBy: { createdAt: (company) => company.createdAt, name: (company) => company.name.toLowerCase(), mrr: (company) => company.mrr.amount, seats: (company) => company.seats.used },
    }),
    problem: null,
  };
};
