import { error } from '@sveltejs/kit';
import { pageOf, tableQuery } from '#lib/components/data-table';
import { answer } from '#lib/server/api-client';
import type { PageServerLoad } from './$types';

/** The company's support history (the API decides whose: owners and admins all, others their own), searched, filtered, sorted and paged here. */
export const load: PageServerLoad = async (event) => {
  const query = tableQuery(event.url, { sort: 'lastMessageAt', dir: 'desc' });
  const found = await answer(event.locals.api.GET('/api/companies/{companyId}/help/tickets', { params: { path: { companyId: event.params.company } } }));
  if (!found.ok && found.status === 403) error(403, found.problem.message, { code: found.problem.error });
  if (!found.ok) return { table: null, problem: found.problem };
  return {
    table: pageOf(found.data.tickets, query, {
      searchable: (ticket) => `${ticket.subject} ${ticket.openedByName}`,
      filterBy: (ticket) => ticket.status,
      sortBy: { lastMessageAt: (ticket) => ticket.lastMessageAt, createdAt: (ticket) => ticket.createdAt, subject: (ticket) => ticket.subject.toLowerCase() },
    }),
    problem: null,
  };
};
