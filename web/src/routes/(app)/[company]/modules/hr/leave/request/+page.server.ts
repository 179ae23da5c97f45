import { redirect } from '@sveltejs/kit';
import { isIsoDate } from '@atrium/core';
import { answer } from '#lib/server/api-client';
import { emptyForm, submitForm } from '#lib/server/form-action';
import { hrPath, pageProblem } from '../../hr.server';
import { leaveRequestForm } from './leave-request-form';
import type { Actions, PageServerLoad } from './$types';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Requesting leave. The form's choice lives in the URL (`?leaveTypeId=&startDate=&endDate=&note=`):
 * with it the API previews the leave, counting its working days without weekends and
 * public holidays exactly as the request will, and says if it would be refused. Without
 * JavaScript "Check the days" submits the form as a GET; with it, the page asks as the
 * type or the dates change.
 */
export const load: PageServerLoad = async (event) => {
  const path = hrPath(event.params.company);
  const params = event.url.searchParams;
  const choice = {
    leaveTypeId: params.get('leaveTypeId') ?? '',
    startDate: params.get('startDate') ?? '',
    endDate: params.get('endDate') ?? '',
    note: (params.get('note') ?? '').slice(0, 500),
  };
  const [types, form] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/hr/leave-types', { params: { path } })),
    // Arriving (or "Check the days" without JavaScript) fills the form from the URL. When the
    // form itself changed the URL (`live`, see PreviewOnChange), it already holds what the
    // person typed: another id makes superforms leave it as it is, rather than rebinding it
    // to the URL's values while they type.
    emptyForm(leaveRequestForm, choice, { id: params.has('live') ? 'leave-request-live' : 'leave-request' }),
  ]);
  if (!types.ok) return { form, leaveTypes: [], preview: null, previewProblem: null, problem: pageProblem(types) };

  const complete = uuid.test(choice.leaveTypeId) && isIsoDate(choice.startDate) && isIsoDate(choice.endDate);
  if (!complete) return { form, leaveTypes: types.data.leaveTypes, preview: null, previewProblem: null, problem: null };
  const preview = await answer(
    event.locals.api.GET('/api/companies/{companyId}/modules/hr/leave-requests/preview', {
      params: { path, query: { leaveTypeId: choice.leaveTypeId, startDate: choice.startDate, endDate: choice.endDate } },
    }),
  );
  return {
    form,
    leaveTypes: types.data.leaveTypes,
    preview: preview.ok ? preview.data : null,
    // No employee record, an unknown type: said where the preview would be.
    previewProblem: preview.ok ? null : preview.problem,
    problem: null,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const sent = await submitForm(event, leaveRequestForm, (body) =>
      answer(event.locals.api.POST('/api/companies/{companyId}/modules/hr/leave-requests', { params: { path: hrPath(event.params.company) }, body })),
    );
    if (!sent.ok) return sent.failure;
    redirect(303, `/${event.params.company}/modules/hr/leave?requested=${sent.data.id}`);
  },
};
