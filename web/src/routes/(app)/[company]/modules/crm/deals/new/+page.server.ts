import { redirect } from '@sveltejs/kit';
import { dealApiFields, dealBody, dealFormSchema } from '#lib/components/crm/form-schemas';
import { contactName } from '#lib/components/crm/format';
import { abilityFor } from '#lib/permissions';
import { answer } from '#lib/server/api-client';
import { companyCurrency, readRefused, requireAbility, requireOpenCrm } from '#lib/server/crm/crm-page';
import { emptyForm, submitForm } from '#lib/server/form-action';
import type { Actions, PageServerLoad } from './$types';

/** A new deal: its stage (the first by default), value, contact and expected close date. */
export const load: PageServerLoad = async (event) => {
  const { crm, company } = await event.parent();
  const companyId = event.params.company;
  requireOpenCrm(crm, companyId);
  requireAbility(abilityFor(company.rules).can('create', 'crm'), 'Your CRM role lets you read deals, not add them. Ask a CRM manager.');
  const { api } = event.locals;
  const [forecast, contacts] = await Promise.all([
    answer(api.GET('/api/companies/{companyId}/modules/crm/forecast', { params: { path: { companyId } } })),
    // The first hundred contacts by name; a deal for anyone else is added from their page.
    answer(api.GET('/api/companies/{companyId}/modules/crm/contacts', { params: { path: { companyId }, query: { sort: 'name', dir: 'asc', limit: 100 } } })),
  ]);
  if (!forecast.ok) readRefused(forecast, companyId);
  const stages = forecast.ok ? forecast.data.stages.map((stage) => ({ id: stage.stageId, name: stage.name, probability: stage.probability })) : [];
  const contactOptions = contacts.ok ? contacts.data.contacts.map((contact) => ({ value: contact.id, label: contactName(contact) })) : [];
  const chosen = event.url.searchParams.get('contactId') ?? '';
  if (chosen && !contactOptions.some((option) => option.value === chosen)) {
    const contact = await answer(api.GET('/api/companies/{companyId}/modules/crm/contacts/{contactId}', { params: { path: { companyId, contactId: chosen } } }));
    if (contact.ok) contactOptions.unshift({ value: contact.data.id, label: contactName(contact.data) });
  }
  return {
    form: await emptyForm(dealFormSchema(company.profile.currency), { stageId: stages[0]?.id ?? '', contactId: chosen, title: '', amount: '', expectedCloseOn: '' }),
    stages,
    contactOptions,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const companyId = event.params.company;
    const currency = await companyCurrency(event);
    const sent = await submitForm(
      event,
      dealFormSchema(currency),
      (form) => answer(event.locals.api.POST('/api/companies/{companyId}/modules/crm/deals', { params: { path: { companyId } }, body: dealBody(form, currency) })),
      { apiFields: dealApiFields },
    );
    if (!sent.ok) return sent.failure;
    redirect(303, `/${companyId}/modules/crm/pipeline?added=${sent.data.id}`);
  },
};
