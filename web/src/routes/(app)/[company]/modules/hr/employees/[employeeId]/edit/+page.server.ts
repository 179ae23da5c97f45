import { error, redirect } from '@sveltejs/kit';
import { abilityFor } from '#lib/permissions';
import { answer } from '#lib/server/api-client';
import { hrPath, pageProblem, refusedAction } from '../../../hr.server';
import { employeeBody, employeeFormOptions, employeeValues } from '../../employee-form.server';
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
  if (!employee.ok) return { employee: null, options, problem: pageProblem(employee, { notFound: true }) };
  return { employee: employee.data, options, problem: null };
};

export const actions: Actions = {
  default: async (event) => {
    const values = employeeValues(await event.request.formData());
    const { employeeId } = event.params;
    const saved = await answer(
      event.locals.api.PATCH('/api/companies/{companyId}/modules/hr/employees/{employeeId}', {
        params: { path: { ...hrPath(event.params.company), employeeId } },
        body: employeeBody(values),
      }),
    );
    if (!saved.ok) return refusedAction(saved, values);
    redirect(303, `/${event.params.company}/modules/hr/employees/${employeeId}?saved=changed`);
  },
};
