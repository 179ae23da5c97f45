import type { RequestEvent } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';

/** How a move went: the deal now in `stageId` (the page names the stage), or the API's refusal. */
export type MoveNotice =
  | { dealId: string; tone: 'success'; title: string; stageId: string }
  | { dealId: string; tone: 'error'; message: string };

/**
 * The board's and the deal page's "Move to stage" form (`dealId`, `stageId`), sent as it is:
 * the API checks the stage and the person's right to move that deal.
 */
export async function moveDeal(
  event: Pick<RequestEvent, 'request' | 'locals' | 'params'>,
): Promise<{ ok: true; notice: MoveNotice } | { ok: false; status: number; notice: MoveNotice }> {
  const form = await event.request.formData();
  const dealId = textField(form, 'dealId');
  const stageId = textField(form, 'stageId');
  const companyId = event.params.company ?? '';
  if (!stageId) return { ok: false, status: 400, notice: { dealId, tone: 'error', message: 'Choose the stage to move the deal to.' } };
  const result = await answer(
    event.locals.api.POST('/api/companies/{companyId}/modules/crm/deals/{dealId}/move', { params: { path: { companyId, dealId } }, body: { stageId } }),
  );
  if (!result.ok) return { ok: false, status: result.status >= 400 ? result.status : 500, notice: { dealId, tone: 'error', message: result.problem.message } };
  return { ok: true, notice: { dealId, tone: 'success', title: result.data.title, stageId: result.data.stageId } };
}
