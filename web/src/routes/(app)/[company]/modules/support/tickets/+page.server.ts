import { supportTicketSorts, supportViews, type SupportTicketSummary, type SupportView } from '@atrium/core';
import { tableQuery, type TablePage } from '#lib/components/data-table';
import { answer } from '#lib/server/api-client';
import { pageProblem, supportPath } from '../support.server';
import type { PageServerLoad } from './$types';

type Sort = (typeof supportTicketSorts)[number];
const statuses = ['active', 'open', 'pending', 'solved', 'closed'] as const;
type StatusFilter = (typeof statuses)[number];

/**
 * The shared inbox: the view (`?view=mine|unassigned|all|breaching`) and the DataTable's
 * query go to the API as they are, so only one page of tickets leaves the database.
 */
export const load: PageServerLoad = async (event) => {
  const query = tableQuery(event.url, { sort: 'updated', dir: 'desc', pageSize: 25 });
  const asked = event.url.searchParams.get('view') ?? 'all';
  const view: SupportView = (supportViews as readonly string[]).includes(asked) ? (asked as SupportView) : 'all';
  const sort: Sort = (supportTicketSorts as readonly string[]).includes(query.sort) ? (query.sort as Sort) : 'updated';
  const status: StatusFilter = (statuses as readonly string[]).includes(query.filter) ? (query.filter as StatusFilter) : 'active';
  const result = await answer(
    event.locals.api.GET('/api/companies/{companyId}/modules/support/tickets', {
      params: { path: supportPath(event.params.company), query: { view, status, sort, dir: query.dir, limit: query.pageSize, offset: (query.page - 1) * query.pageSize, ...(query.q ? { q: query.q } : {}) } },
    }),
  );
  if (!result.ok) return { view, table: null, counts: null, problem: pageProblem(result) };
  const table: TablePage<SupportTicketSummary> = { rows: result.data.tickets, total: result.data.total, query: { ...query, sort } };
  return { view, table, counts: result.data.counts, problem: null };
};
