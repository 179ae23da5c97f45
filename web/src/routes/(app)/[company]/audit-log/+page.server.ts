import { error } from '@sveltejs/kit';
import { applySetCookies, callApi } from '#lib/server/api';
import { companyPath } from '#lib/server/company-path';
import { abilityFor } from '#lib/permissions';
import type { AuditEvent, TeamMember } from '#lib/types';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { company } = await event.parent();
  if (!abilityFor(company.rules).can('read', 'AuditEvent')) {
    error(403, 'The audit log is for the owners and admins of this company.', { code: 'forbidden' });
  }
  const [events, members] = await Promise.all([
    callApi<{ events: AuditEvent[] }>(event, companyPath(company.id, 'audit-log')),
    // Events name people by account id; the member list turns those into names.
    callApi<{ members: TeamMember[] }>(event, companyPath(company.id, 'members')),
  ]);
  applySetCookies(event.cookies, [...events.setCookies, ...members.setCookies]);
  if (!events.ok && events.status === 403) error(403, events.problem.message, { code: 'forbidden' });

  const people = Object.fromEntries((members.ok ? members.data.members : []).map((member) => [member.userId, member.name]));
  return {
    events: events.ok ? events.data.events : null,
    problem: events.ok ? null : events.problem,
    people,
  };
};
