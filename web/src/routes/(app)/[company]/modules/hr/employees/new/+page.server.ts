import { error, redirect } from '@sveltejs/kit';
import { abilityFor } from '#lib/permissions';
import { answer } from '#lib/server/api-client';
import { emptyForm, submitForm } from '#lib/server/form-action';
import { hrPath } from '../../hr.server';
import { employeeForm } from '../employee-form';
import { employeeBody, employeeFormOptions } from '../employee-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { company } = await event.parent();
  if (!abilityFor(company.rules).can('update', 'hr')) error(403, 'Adding employee records is for HR editors and managers.', { code: 'forbidden' });
  const [form, options] = await Promise.all([emptyForm(employeeForm), employeeFormOptions(event)]);
  return { form, options };
};

export const actions: Actions = {
  default: async (event) => {
    const sent = await submitForm(event, employeeForm, (data) =>
      answer(event.locals.api.POST('/api/companies/{companyId}/modules/hr/employees', { params: { path: hrPath(event.params.company) }, body: employeeBody(data) })),
    );
    if (!sent.ok) return sent.failure;
    redirect(303, `/${event.params.company}/modules/hr/employees/${sent.data.id}?saved=added`);
  },
};
