import { inboxAssignments } from '@atrium/core';
import { pageOf, tableQuery } from '#lib/components/data-table';
import { answer } from '#lib/server/api-client';
import type { PageServerLoad } from './$types';

const statuses = ['active', 'open', 'pending', 'solved', 'closed'] as const;

/** The support inbox: status (default open and pending) and assignment filters go to the API; search, order and paging here. */
export const load: PageServerLoad = async (event) => {
  const query = tableQuery(event.url, { sort: 'lastMessageAt', dir: 'desc' });
  const status = statuses.find((value) => value === (event.url.searchParams.get('status') ?? 'active')) ?? 'active';
  const assigned = inboxAssignments.find((value) => value === event.url.searchParams.get('assigned')) ?? 'all';
  const found = await answer(event.locals.api.GET('/api/operator/tickets', { params: { query: { status, assigned } } }));
  if (!found.ok) return { table: null, problem: found.problem, status, assigned };
  return {
    table: pageOf(found.data.tickets, query, {
      searchable: (ticket) => `${ticket.subject} ${ticket.companyName} ${ticket.openedByName}`,
      sortBy: { lastMessageAt: (ticket) => ticket.lastMessageAt, createdAt: (ticket) => ticket.createdAt, priority: (ticket) => ['low', 'normal', 'high', 'urgent'].indexOf(ticket.priority) },
    }),
    problem: null,
    status,
    assigned,
  };
};
