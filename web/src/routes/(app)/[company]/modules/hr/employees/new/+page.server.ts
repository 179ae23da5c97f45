import { error, redirect } from '@sveltejs/kit';
import { abilityFor } from '#lib/permissions';
import { answer } from '#lib/server/api-client';
import { hrPath, refusedAction } from '../../hr.server';
import { employeeBody, employeeFormOptions, employeeValues } from '../employee-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { company } = await event.parent();
  if (!abilityFor(company.rules).can('update', 'hr')) error(403, 'Adding employee records is for HR editors and managers.', { code: 'forbidden' });
  return { options: await employeeFormOptions(event) };
};

export const actions: Actions = {
  default: async (event) => {
    const values = employeeValues(await event.request.formData());
    const created = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/hr/employees', { params: { path: hrPath(event.params.company) }, body: employeeBody(values) }),
    );
    if (!created.ok) return refusedAction(created, values);
    redirect(303, `/${event.params.company}/modules/hr/employees/${created.data.id}?saved=added`);
  },
};
