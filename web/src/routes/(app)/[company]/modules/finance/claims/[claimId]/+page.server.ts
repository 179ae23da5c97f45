import { answer } from '#lib/server/api-client';
import { callApi } from '#lib/server/api';
import { companyPath } from '#lib/server/company-path';
import { textField } from '#lib/server/form-data';
import { done, financePath, problem, pageProblem, refused } from '../../finance.server';
import type { Actions, PageServerLoad } from './$types';

const claimParams = (company: string, claimId: string) => ({ params: { path: { ...financePath(company), claimId } } });

/** One claim: its receipt, where it stands, and what the person may do with it now. */
export const load: PageServerLoad = async (event) => {
  const claim = await answer(event.locals.api.GET('/api/companies/{companyId}/modules/finance/claims/{claimId}', claimParams(event.params.company, event.params.claimId)));
  if (!claim.ok) return { claim: null, problem: pageProblem(claim, { notFound: true }) };
  return { claim: claim.data, problem: null };
};

export const actions: Actions = {
  receipt: async (event) => {
    const form = await event.request.formData();
    const file = form.get('receipt');
    if (!(file instanceof File) || file.size === 0) return problem('Choose the photo or PDF of the receipt first.');
    // The API reads the type from the bytes themselves; the browser's guess only rides along.
    const result = await callApi(event, companyPath(event.params.company, 'modules', 'finance', 'claims', event.params.claimId, 'receipt'), { method: 'PUT', bytes: { data: await file.arrayBuffer(), type: 'application/octet-stream' } });
    if (!result.ok) return problem(result.problem.message, result.status >= 400 && result.status < 600 ? result.status : 500);
    return done('Receipt attached.');
  },
  submit: async (event) => {
    const sent = await answer(event.locals.api.POST('/api/companies/{companyId}/modules/finance/claims/{claimId}/submit', claimParams(event.params.company, event.params.claimId)));
    if (!sent.ok) return refused(sent);
    return done(sent.data.approverName ? `Sent to ${sent.data.approverName} for approval.` : 'Sent to finance for approval.');
  },
  decide: async (event) => {
    const form = await event.request.formData();
    const decision = textField(form, 'decision') === 'reject' ? 'reject' : 'approve';
    const decided = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/finance/claims/{claimId}/decision', { ...claimParams(event.params.company, event.params.claimId), body: { decision, note: textField(form, 'note') } }),
    );
    if (!decided.ok) return refused(decided);
    return done(decided.data.status === 'submitted' ? 'Approved; it now waits for a finance approver.' : decision === 'approve' ? 'Approved.' : 'Rejected.');
  },
  reimburse: async (event) => {
    const paid = await answer(event.locals.api.POST('/api/companies/{companyId}/modules/finance/claims/{claimId}/reimburse', claimParams(event.params.company, event.params.claimId)));
    if (!paid.ok) return refused(paid);
    return done('Marked as reimbursed; the claimant has been told.');
  },
};
