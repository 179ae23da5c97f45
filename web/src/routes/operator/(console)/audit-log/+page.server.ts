import { pageOf, tableQuery } from '#lib/components/data-table';
import { answer } from '#lib/server/api-client';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const events = await answer(event.locals.api.GET('/api/operator/audit-log'));
  if (!events.ok) return { table: null, problem: events.problem };
  const query = tableQuery(event.url, { sort: 'createdAt', dir: 'desc' });
  return {
    table: pageOf(events.data.events, query, {
      searchable: (audit) => `${audit.operatorEmail} ${audit.description} ${audit.action}`,
      sortBy: { createdAt: (audit) => audit.createdAt, operatorEmail: (audit) => audit.operatorEmail },
    }),
    problem: null,
  };
};
