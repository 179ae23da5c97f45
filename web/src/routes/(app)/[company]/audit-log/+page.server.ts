import { error } from '@sveltejs/kit';
import { pageOf, tableQuery } from '#lib/components/data-table';
import { abilityFor } from '#lib/permissions';
import { answer } from '#lib/server/api-client';
import type { PageServerLoad } from './$types';

/**
 * The latest 200 events, searched, filtered by category, sorted and paged here on the
 * server from the URL's query (the DataTable's links and GET form), one page sent on.
 */
export const load: PageServerLoad = async (event) => {
  const { company } = await event.parent();
  if (!abilityFor(company.rules).can('read', 'AuditEvent')) {
    error(403, 'The audit log is for the owners and admins of this company.', { code: 'forbidden' });
  }
  const events = await answer(event.locals.api.GET('/api/companies/{companyId}/audit-log', { params: { path: { companyId: company.id } } }));
  if (!events.ok && events.status === 403) error(403, events.problem.message, { code: 'forbidden' });
  if (!events.ok) return { table: null, categories: [], problem: events.problem };

  const query = tableQuery(event.url, { sort: 'createdAt', dir: 'desc' });
  return {
    table: pageOf(events.data.events, query, {
      searchable: (audit) => `${audit.actorEmail} ${audit.description} ${audit.category}`,
      filterBy: (audit) => audit.category,
      sortBy: { createdAt: (audit) => audit.createdAt, actorEmail: (audit) => audit.actorEmail },
    }),
    categories: [...new Set(events.data.events.map((audit) => audit.category))].sort(),
    problem: null,
  };
};
