import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import { hrPath, pageProblem, refusedAction, yearOf } from '../hr.server';
import type { HrNotice } from '../types';
import type { Actions, PageServerLoad } from './$types';

/**
 * The person's own leave: their balances for a year (`?year=`) and their requests. Someone
 * without an employee record has neither, and is told whom to ask.
 */
export const load: PageServerLoad = async (event) => {
  const path = hrPath(event.params.company);
  const year = yearOf(event.url);
  const [me, requests] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/hr/employees', { params: { path, query: { limit: 1 } } })),
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/hr/leave-requests', { params: { path, query: { scope: 'mine' } } })),
  ]);
  if (!me.ok) return { year, employeeId: null, balances: null, requests: [], problem: pageProblem(me) };
  if (!requests.ok) return { year, employeeId: me.data.me, balances: null, requests: [], problem: pageProblem(requests) };
  const employeeId = me.data.me;
  if (!employeeId) return { year, employeeId: null, balances: null, requests: [], problem: null };
  const balances = await answer(
    event.locals.api.GET('/api/companies/{companyId}/modules/hr/employees/{employeeId}/balances', { params: { path: { ...path, employeeId }, query: { year } } }),
  );
  return {
    year,
    employeeId,
    balances: balances.ok ? balances.data.balances : null,
    requests: requests.data.leaveRequests,
    problem: balances.ok ? null : pageProblem(balances),
  };
};

export const actions: Actions = {
  cancel: async (event) => {
    const leaveRequestId = textField(await event.request.formData(), 'leaveRequestId');
    const cancelled = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/hr/leave-requests/{leaveRequestId}/cancel', {
        params: { path: { ...hrPath(event.params.company), leaveRequestId } },
      }),
    );
    if (!cancelled.ok) return refusedAction(cancelled, {}, leaveRequestId);
    return { notice: { tone: 'success', message: 'Your leave is cancelled.', id: leaveRequestId } satisfies HrNotice };
  },
};
