import { error } from '@sveltejs/kit';
import { applySetCookies, callApi } from '#lib/server/api';
import { companyPath } from '#lib/server/company-path';
import { abilityFor } from '#lib/permissions';
import type { AuditEvent } from '#lib/types';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { company } = await event.parent();
  if (!abilityFor(company.rules).can('read', 'AuditEvent')) {
    error(403, 'The audit log is for the owners and admins of this company.', { code: 'forbidden' });
  }
  const events = await callApi<{ events: AuditEvent[] }>(event, companyPath(company.id, 'audit-log'));
  applySetCookies(event.cookies, events.setCookies);
  if (!events.ok && events.status === 403) error(403, events.problem.message, { code: 'forbidden' });

  return {
    events: events.ok ? events.data.events : null,
    problem: events.ok ? null : events.problem,
  };
};
