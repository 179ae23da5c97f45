import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import { hrPath, pageProblem, refusedAction } from '../hr.server';
import type { HrNotice } from '../types';
import type { Actions, PageServerLoad } from './$types';

/**
 * The requests waiting for the person's decision: their reports', or everyone's for an HR
 * manager. Deciding is the leave request workflow's update; the API answers once it is in.
 */
export const load: PageServerLoad = async (event) => {
  const waiting = await answer(
    event.locals.api.GET('/api/companies/{companyId}/modules/hr/leave-requests', { params: { path: hrPath(event.params.company), query: { scope: 'to_decide' } } }),
  );
  if (!waiting.ok) return { requests: [], problem: pageProblem(waiting) };
  return { requests: waiting.data.leaveRequests, problem: null };
};

export const actions: Actions = {
  decide: async (event) => {
    const form = await event.request.formData();
    const leaveRequestId = textField(form, 'leaveRequestId');
    const decision = textField(form, 'decision') === 'reject' ? 'reject' : 'approve';
    const note = textField(form, 'note');
    const decided = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/hr/leave-requests/{leaveRequestId}/decision', {
        params: { path: { ...hrPath(event.params.company), leaveRequestId } },
        body: { decision, note },
      }),
    );
    if (!decided.ok) return refusedAction(decided, { note }, leaveRequestId);
    const { employeeName, days } = decided.data;
    const message = `${decision === 'approve' ? 'Approved' : 'Rejected'}: ${employeeName}’s ${days} ${days === 1 ? 'day' : 'days'} of ${decided.data.leaveTypeName.toLowerCase()}.`;
    return { notice: { tone: 'success', message, id: leaveRequestId } satisfies HrNotice };
  },
};
