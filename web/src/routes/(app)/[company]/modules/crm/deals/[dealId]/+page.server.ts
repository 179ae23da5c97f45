import { fail } from '@sveltejs/kit';
import { activityFormSchema, dealApiFields, dealFormSchema } from '#lib/components/crm/form-schemas';
import { activityKindNames, amountInput, parseAmount } from '#lib/components/crm/format';
import { answer } from '#lib/server/api-client';
import { companyCurrency, readRefused, requireOpenCrm } from '#lib/server/crm/crm-page';
import { moveDeal } from '#lib/server/crm/move-deal';
import { emptyForm, saved, submitForm } from '#lib/server/form-action';
import type { Actions, PageServerLoad } from './$types';

const editSchema = (currency: string) => dealFormSchema(currency).pick({ title: true, amount: true, expectedCloseOn: true });

/** One deal: its stage and weighted value, its contact, its timeline; moved, changed and logged on here. */
export const load: PageServerLoad = async (event) => {
  const { crm, company } = await event.parent();
  const { company: companyId, dealId } = event.params;
  requireOpenCrm(crm, companyId);
  const { api } = event.locals;
  const [deal, forecast, timeline] = await Promise.all([
    answer(api.GET('/api/companies/{companyId}/modules/crm/deals/{dealId}', { params: { path: { companyId, dealId } } })),
    answer(api.GET('/api/companies/{companyId}/modules/crm/forecast', { params: { path: { companyId } } })),
    answer(api.GET('/api/companies/{companyId}/modules/crm/activities', { params: { path: { companyId }, query: { dealId } } })),
  ]);
  if (!deal.ok) readRefused(deal, companyId);
  if (!deal.ok) return { deal: null, problem: deal.problem, stages: [], contact: null, activities: null, activityForm: null, dealForm: null };
  const contact = deal.data.contactId
    ? await answer(api.GET('/api/companies/{companyId}/modules/crm/contacts/{contactId}', { params: { path: { companyId, contactId: deal.data.contactId } } }))
    : null;
  const currency = company.profile.currency;
  return {
    deal: deal.data,
    problem: null,
    stages: forecast.ok ? forecast.data.stages.map((stage) => ({ id: stage.stageId, name: stage.name, probability: stage.probability, position: 0 })) : [],
    contact: contact?.ok ? contact.data : null,
    activities: timeline.ok ? timeline.data.activities : null,
    activityForm: await emptyForm(activityFormSchema, undefined, { id: 'activity' }),
    dealForm: await emptyForm(
      editSchema(currency),
      { title: deal.data.title, amount: amountInput(deal.data.valueMinor, deal.data.currency), expectedCloseOn: deal.data.expectedCloseOn ?? '' },
      { id: 'deal' },
    ),
  };
};

export const actions: Actions = {
  move: async (event) => {
    const moved = await moveDeal(event);
    if (!moved.ok) return fail(moved.status, { move: moved.notice });
    return { move: moved.notice };
  },

  save: async (event) => {
    const { company: companyId, dealId } = event.params;
    const currency = await companyCurrency(event);
    const sent = await submitForm(
      event,
      editSchema(currency),
      (form) =>
        answer(
          event.locals.api.PATCH('/api/companies/{companyId}/modules/crm/deals/{dealId}', {
            params: { path: { companyId, dealId } },
            body: { title: form.title, valueMinor: parseAmount(form.amount, currency) ?? 0, expectedCloseOn: form.expectedCloseOn || null },
          }),
        ),
      { id: 'deal', apiFields: dealApiFields },
    );
    if (!sent.ok) return sent.failure;
    return saved(sent.form, 'Deal saved.');
  },

  logActivity: async (event) => {
    const { company: companyId, dealId } = event.params;
    const sent = await submitForm(
      event,
      activityFormSchema,
      (form) => answer(event.locals.api.POST('/api/companies/{companyId}/modules/crm/activities', { params: { path: { companyId } }, body: { kind: form.kind, body: form.body, dealId } })),
      { id: 'activity' },
    );
    if (!sent.ok) return sent.failure;
    return saved(sent.form, `${activityKindNames[sent.data.kind]} logged.`);
  },
};
