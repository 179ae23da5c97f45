import type { RequestEvent } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import { hrPath } from '../hr.server';
import type { OrgChartNode } from '../types';
import { employeeFields, type EmployeeValues, type PersonOption } from './employee-form';

type FormEvent = Pick<RequestEvent, 'params' | 'locals'>;

/**
 * Whom an employee can report to, and which member of the team a record can be linked to.
 * Managers come from the org chart, which holds everyone (the directory is paged), in the
 * order of the tree flattened by name.
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
      if (node.id !== excludeEmployeeId) people.push({ id: node.id, label: node.jobTitle ? `${node.name} (${node.jobTitle})` : node.name });
      walk(node.reports);
    }
  };
  if (chart.ok) walk(chart.data.roots);
  people.sort((a, b) => a.label.localeCompare(b.label));
  return {
    managers: people,
    members: members.ok ? members.data.members.map((member) => ({ id: member.id, label: `${member.name} · ${member.email}` })) : [],
  };
}

/** The submitted form's values, every field as text. */
export function employeeValues(form: FormData): EmployeeValues {
  return Object.fromEntries(employeeFields.map((field) => [field, textField(form, field).trim()])) as EmployeeValues;
}

/** The body the API takes: blank choices are "nobody", blank texts are empty. */
export function employeeBody(values: EmployeeValues) {
  return {
    name: values.name,
    jobTitle: values.jobTitle,
    team: values.team,
    managerId: values.managerId || null,
    startDate: values.startDate,
    workEmail: values.workEmail,
    phone: values.phone,
    emergencyContactName: values.emergencyContactName,
    emergencyContactPhone: values.emergencyContactPhone,
    memberId: values.memberId || null,
  };
}
