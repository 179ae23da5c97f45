import { error } from '@sveltejs/kit';
import { tableQuery } from '#lib/components/data-table';
import { answer } from '#lib/server/api-client';
import { readRefused, requireOpenCrm } from '#lib/server/crm/crm-page';
import type { PageServerLoad } from './$types';

/** One company the team sells to, and the contacts who work there (a page of them). */
export const load: PageServerLoad = async (event) => {
  const { crm } = await event.parent();
  const companyId = event.params.company;
  requireOpenCrm(crm, companyId);
  const { organizationId } = event.params;
  // Not an id at all: the same 404 as an id of nothing, without asking the API.
  if (!/^[0-9a-f-]{36}$/i.test(organizationId)) error(404, 'There is no such company.', { code: 'not_found' });
  const query = tableQuery(event.url, { sort: 'name', dir: 'asc', pageSize: 25 });
  const sort = query.sort === 'email' || query.sort === 'createdAt' ? query.sort : 'name';
  const { api } = event.locals;
  const [organization, contacts] = await Promise.all([
    answer(api.GET('/api/companies/{companyId}/modules/crm/organizations/{organizationId}', { params: { path: { companyId, organizationId } } })),
    answer(
      api.GET('/api/companies/{companyId}/modules/crm/contacts', {
        params: {
          path: { companyId },
          query: { organizationId, ...(query.q ? { q: query.q } : {}), sort, dir: query.dir, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
        },
      }),
    ),
  ]);
  if (!organization.ok) readRefused(organization, companyId);
  if (!organization.ok) return { organization: null, contacts: null, problem: organization.problem };
  return {
    organization: organization.data,
    contacts: contacts.ok ? { rows: contacts.data.contacts, total: contacts.data.total, query: { ...query, sort } } : null,
    problem: contacts.ok ? null : contacts.problem,
  };
};
