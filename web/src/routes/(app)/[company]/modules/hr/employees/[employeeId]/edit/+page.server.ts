import { error, redirect } from '@sveltejs/kit';
import { abilityFor } from '#lib/permissions';
import { answer } from '#lib/server/api-client';
import { emptyForm, submitForm } from '#lib/server/form-action';
import { hrPath, pageProblem } from '../../../hr.server';
import { employeeForm } from '../../employee-form';
import { employeeBody, employeeFormOptions } from '../../employee-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { company } = await event.parent();
  if (!abilityFor(company.rules).can('update', 'hr')) error(403, 'Changing employee records is for HR editors and managers.', { code: 'forbidden' });
  const { employeeId } = event.params;
  const [employee, options] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/hr/employees/{employeeId}', { params: { path: { ...hrPath(event.params.company), employeeId } } })),
    // Nobody reports to themself: their own record is not a choice of manager.
    employeeFormOptions(event, employeeId),
  ]);
  if (!employee.ok) return { employee: null, form: null, options, problem: pageProblem(employee, { notFound: true }) };
  const record = employee.data;
  const form = await emptyForm(employeeForm, {
    name: record.name, jobTitle: record.jobTitle, team: record.team, managerId: record.managerId ?? '', startDate: record.startDate, workEmail: record.workEmail,
    phone: record.phone ?? '', emergencyContactName: record.emergencyContactName ?? '', emergencyContactPhone: record.emergencyContactPhone ?? '', memberId: record.memberId ?? '',
  });
  return { employee: record, form, options, problem: null };
};

export const actions: Actions = {
  default: async (event) => {
    const { employeeId } = event.params;
    const sent = await submitForm(event, employeeForm, (data) =>
      answer(
        event.locals.api.PATCH('/api/companies/{companyId}/modules/hr/employees/{employeeId}', {
          params: { path: { ...hrPath(event.params.company), employeeId } },
          body: employeeBody(data),
        }),
      ),
    );
    if (!sent.ok) return sent.failure;
    redirect(303, `/${event.params.company}/modules/hr/employees/${employeeId}?saved=changed`);
  },
};
