import { error } from '@sveltejs/kit';
import { pageOf, tableQuery } from '#lib/components/data-table';
import { answer } from '#lib/server/api-client';
import type { PageServerLoad } from './$types';

/** The company's live chats with Atrium, for its support history (the API decides whose: owners and admins all, others their own). */
export const load: PageServerLoad = async (event) => {
  const query = tableQuery(event.url, { sort: 'lastMessageAt', dir: 'desc' });
  const found = await answer(event.locals.api.GET('/api/companies/{companyId}/help/chats', { params: { path: { companyId: event.params.company } } }));
  if (!found.ok && found.status === 403) error(403, found.problem.message, { code: found.problem.error });
  if (!found.ok) return { table: null, problem: found.problem };
  return {
    table: pageOf(found.data.chats, query, {
      searchable: (chat) => `${chat.personName} ${chat.lastMessage}`,
      filterBy: (chat) => chat.status,
      sortBy: { lastMessageAt: (chat) => chat.lastMessageAt, createdAt: (chat) => chat.createdAt },
    }),
    problem: null,
  };
};
