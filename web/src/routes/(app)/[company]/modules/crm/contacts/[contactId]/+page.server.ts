import { fail, redirect } from '@sveltejs/kit';
import { activityFormSchema } from '#lib/components/crm/form-schemas';
import { activityKindNames } from '#lib/components/crm/format';
import { answer } from '#lib/server/api-client';
import { customFieldsOf, readRefused, requireOpenCrm } from '#lib/server/crm/crm-page';
import { emptyForm, saved, submitForm } from '#lib/server/form-action';
import { textField } from '#lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

/** One contact: their details, custom fields and timeline, and the form that logs an activity. */
export const load: PageServerLoad = async (event) => {
  const { crm } = await event.parent();
  const { company: companyId, contactId } = event.params;
  requireOpenCrm(crm, companyId);
  const { api } = event.locals;
  const [contact, timeline, customFields] = await Promise.all([
    answer(api.GET('/api/companies/{companyId}/modules/crm/contacts/{contactId}', { params: { path: { companyId, contactId } } })),
    answer(api.GET('/api/companies/{companyId}/modules/crm/activities', { params: { path: { companyId }, query: { contactId } } })),
    customFieldsOf(event),
  ]);
  if (!contact.ok) readRefused(contact, companyId);
  return {
    contact: contact.ok ? contact.data : null,
    problem: contact.ok ? null : contact.problem,
    activities: timeline.ok ? timeline.data.activities : null,
    customFields,
    activityForm: await emptyForm(activityFormSchema, undefined, { id: 'activity' }),
  };
};

export const actions: Actions = {
  logActivity: async (event) => {
    const { company: companyId, contactId } = event.params;
    const sent = await submitForm(
      event,
      activityFormSchema,
      (form) => answer(event.locals.api.POST('/api/companies/{companyId}/modules/crm/activities', { params: { path: { companyId } }, body: { kind: form.kind, body: form.body, contactId } })),
      { id: 'activity' },
    );
    if (!sent.ok) return sent.failure;
    return saved(sent.form, `${activityKindNames[sent.data.kind]} logged.`);
  },

  /** Managers only (the API refuses everyone else): the contact and their timeline go. */
  remove: async (event) => {
    const { company: companyId, contactId } = event.params;
    const name = textField(await event.request.formData(), 'name');
    const result = await answer(event.locals.api.DELETE('/api/companies/{companyId}/modules/crm/contacts/{contactId}', { params: { path: { companyId, contactId } } }));
    if (!result.ok) return fail(result.status >= 400 ? result.status : 500, { removeProblem: result.problem.message });
    redirect(303, `/${companyId}/modules/crm/contacts?removed=${encodeURIComponent(name || 'The contact')}`);
  },
};

