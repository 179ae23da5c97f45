import { redirect } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import { hrPath, pageProblem, refusedAction, yearOf } from '../../hr.server';
import type { Actions, PageServerLoad } from './$types';

/**
 * One employee record. Phone numbers and the emergency contact come only to HR, the person
 * and their manager (the API leaves them out for everyone else), and so do the balances:
 * a 403 on those is not an error of the page, only a card it does not show.
 */
export const load: PageServerLoad = async (event) => {
  const path = { ...hrPath(event.params.company), employeeId: event.params.employeeId };
  const year = yearOf(event.url);
  const [employee, balances, members] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/hr/employees/{employeeId}', { params: { path } })),
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/hr/employees/{employeeId}/balances', { params: { path, query: { year } } })),
    answer(event.locals.api.GET('/api/companies/{companyId}/members', { params: { path: hrPath(event.params.company) } })),
  ]);
  if (!employee.ok) return { employee: null, balances: null, member: null, problem: pageProblem(employee, { notFound: true }) };
  const member = members.ok ? (members.data.members.find((candidate) => candidate.id === employee.data.memberId) ?? null) : null;
  return {
    employee: employee.data,
    balances: balances.ok ? balances.data : null,
    member: member ? { name: member.name, email: member.email } : null,
    problem: null,
  };
};

export const actions: Actions = {
  remove: async (event) => {
    const removed = await answer(
      event.locals.api.DELETE('/api/companies/{companyId}/modules/hr/employees/{employeeId}', {
        params: { path: { ...hrPath(event.params.company), employeeId: event.params.employeeId } },
      }),
    );
    if (!removed.ok) return refusedAction(removed, {});
    redirect(303, `/${event.params.company}/modules/hr/employees?removed=1`);
  },
};
