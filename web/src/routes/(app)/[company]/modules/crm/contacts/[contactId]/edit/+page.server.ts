import { redirect } from '@sveltejs/kit';
import { contactApiFields, contactBody, contactFormSchema, customFieldName } from '#lib/components/crm/form-schemas';
import { crmPeople } from '#lib/components/crm/format';
import { abilityFor } from '#lib/permissions';
import { answer } from '#lib/server/api-client';
import { customFieldsOf, readRefused, requireAbility, requireOpenCrm } from '#lib/server/crm/crm-page';
import { emptyForm, submitForm } from '#lib/server/form-action';
import type { Actions, PageServerLoad } from './$types';

/** A contact's details, changed by a manager or by the editor who owns it. */
export const load: PageServerLoad = async (event) => {
  const { crm, company } = await event.parent();
  const companyId = event.params.company;
  requireOpenCrm(crm, companyId);
  const [contact, customFields] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/crm/contacts/{contactId}', { params: { path: { companyId, contactId: event.params.contactId } } })),
    customFieldsOf(event),
  ]);
  if (!contact.ok) readRefused(contact, companyId);
  if (!contact.ok) return { contact: null, problem: contact.problem, form: null, customFields, owners: null };
  requireAbility(contact.data.canEdit && !crm.landing?.readOnly, 'Your CRM role lets you change only the contacts you own. Ask a CRM manager.');
  const stored = {
    firstName: contact.data.firstName,
    lastName: contact.data.lastName,
    email: contact.data.email ?? '',
    phone: contact.data.phone ?? '',
    jobTitle: contact.data.jobTitle ?? '',
    organizationName: contact.data.organizationName ?? '',
    tags: contact.data.tags.join(', '),
    ownerId: contact.data.ownerId ?? '',
    ...Object.fromEntries(customFields.map((field) => [customFieldName(field), String(contact.data.customFields[field.key] ?? '')])),
  };
  return {
    contact: contact.data,
    problem: null,
    form: await emptyForm(contactFormSchema(customFields), stored),
    customFields,
    owners: abilityFor(company.rules).can('manage', 'crm') ? crmPeople(crm.people) : null,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const customFields = await customFieldsOf(event);
    const { company: companyId, contactId } = event.params;
    const sent = await submitForm(
      event,
      contactFormSchema(customFields),
      (form) => answer(event.locals.api.PATCH('/api/companies/{companyId}/modules/crm/contacts/{contactId}', { params: { path: { companyId, contactId } }, body: contactBody(form, customFields) })),
      { apiFields: contactApiFields(customFields) },
    );
    if (!sent.ok) return sent.failure;
    redirect(303, `/${companyId}/modules/crm/contacts/${contactId}?saved=1`);
  },
};
