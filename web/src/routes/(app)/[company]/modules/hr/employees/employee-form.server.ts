import type { RequestEvent } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import { hrPath } from '../hr.server';
import type { OrgChartNode } from '../types';
import type { EmployeeFormData, PersonOption } from './employee-form';

type FormEvent = Pick<RequestEvent, 'params' | 'locals'>;

/**
 * Whom an employee can report to, and which member of the team a record can be linked to.
 * Managers come from the org chart, which holds everyone (the directory is paged).
 */
export async function employeeFormOptions(event: FormEvent, excludeEmployeeId?: string) {
  const path = hrPath(event.params.company!);
  const [chart, members] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/hr/org-chart', { params: { path } })),
    answer(event.locals.api.GET('/api/companies/{companyId}/members', { params: { path } })),
  ]);
  const people: PersonOption[] = [];
  const walk = (nodes: OrgChartNode[]) => {
    for (const node of nodes) {
      if (node.id !== excludeEmployeeId) people.push({ value: node.id, label: node.jobTitle ? `${node.name} (${node.jobTitle})` : node.name });
      walk(node.reports);
    }
  };
  if (chart.ok) walk(chart.data.roots);
  people.sort((a, b) => a.label.localeCompare(b.label));
  return {
    managers: [{ value: '', label: 'Nobody (reports to no one)' }, ...people],
    members: [
      { value: '', label: 'Not linked' },
      ...(members.ok ? members.data.members.map((member) => ({ value: member.id, label: `${member.name} · ${member.email}` })) : []),
    ],
  };
}

/** The body the API takes: the empty choice is nobody. */
export function employeeBody(data: EmployeeFormData) {
  return { ...data, managerId: data.managerId || null, memberId: data.memberId || null };
}
