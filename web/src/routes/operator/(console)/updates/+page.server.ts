import { pageOf, tableQuery } from '#lib/components/data-table';
import { answer } from '#lib/server/api-client';
import type { PageServerLoad } from './$types';

/** Every module update, drafts included, newest change first. */
export const load: PageServerLoad = async (event) => {
  const updates = await answer(event.locals.api.GET('/api/operator/module-updates'));
  if (!updates.ok) return { table: null, problem: updates.problem };
  const query = tableQuery(event.url, { sort: 'updatedAt', dir: 'desc' });
  return {
    table: pageOf(updates.data.updates, query, {
      searchable: (update) => `${update.title} ${update.module} ${update.body}`,
      filterBy: (update) => update.status,
      sortBy: { updatedAt: (update) => update.updatedAt, title: (update) => update.title.toLowerCase() },
    }),
    problem: null,
  };
};
