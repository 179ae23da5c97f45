import { redirect } from '@sveltejs/kit';
import { contactApiFields, contactBody, contactFormSchema } from '#lib/components/crm/form-schemas';
import { crmPeople } from '#lib/components/crm/format';
import { abilityFor } from '#lib/permissions';
import { answer } from '#lib/server/api-client';
import { customFieldsOf, requireAbility, requireOpenCrm } from '#lib/server/crm/crm-page';
import { emptyForm, submitForm } from '#lib/server/form-action';
import type { Actions, PageServerLoad } from './$types';

const cannotAdd = 'Your CRM role lets you read contacts, not add them. Ask a CRM manager.';

/** A new contact; `?company=` fills in the company (from a company's page). */
export const load: PageServerLoad = async (event) => {
  const { crm, company } = await event.parent();
  requireOpenCrm(crm, event.params.company);
  const ability = abilityFor(company.rules);
  requireAbility(ability.can('create', 'crm'), cannotAdd);
  const customFields = await customFieldsOf(event);
  const organizationName = event.url.searchParams.get('company')?.slice(0, 200) ?? '';
  return {
    form: await emptyForm(contactFormSchema(customFields), organizationName ? { organizationName } : undefined),
    customFields,
    owners: ability.can('manage', 'crm') ? crmPeople(crm.people) : null,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const customFields = await customFieldsOf(event);
    const sent = await submitForm(
      event,
      contactFormSchema(customFields),
      (form) => answer(event.locals.api.POST('/api/companies/{companyId}/modules/crm/contacts', { params: { path: { companyId: event.params.company } }, body: contactBody(form, customFields) })),
      { apiFields: contactApiFields(customFields) },
    );
    if (!sent.ok) return sent.failure;
    redirect(303, `/${event.params.company}/modules/crm/contacts/${sent.data.id}?added=1`);
  },
};
