import { fail } from '@sveltejs/kit';
import type { ModuleNotice } from '#lib/components/modules/types';
import { answer, type Answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import { moduleHomeAsides } from '#lib/server/module-home';
import type { Actions, PageServerLoad } from './$types';

/**
 * CRM's home: the setup checklist, the usage meter, the forecast, the person's open tasks,
 * the pipeline stages and the contacts' custom fields. The gate itself is the layout's.
 */
export const load: PageServerLoad = async (event) => {
  const { crm } = await event.parent();
  if (!crm.landing) return { usage: null, forecast: null, myTasks: null, customFields: [], helpArticles: [], whatsNew: null };
  const { api } = event.locals;
  const path = { companyId: event.params.company };
  const [asides, forecast, myTasks, customFields] = await Promise.all([
    moduleHomeAsides(event, 'crm'),
    answer(api.GET('/api/companies/{companyId}/modules/crm/forecast', { params: { path } })),
    answer(api.GET('/api/companies/{companyId}/modules/crm/tasks', { params: { path, query: { assignee: 'me', open: 'true' } } })),
    answer(api.GET('/api/companies/{companyId}/modules/crm/custom-fields', { params: { path } })),
  ]);
  // Each card says on its own when its figures are missing; the home itself still opens.
  return {
    ...asides,
    forecast: forecast.ok ? forecast.data : null,
    myTasks: myTasks.ok ? myTasks.data.tasks.slice(0, 5) : null,
    customFields: customFields.ok ? customFields.data.fields : [],
  };
};

type Scope = ModuleNotice['scope'] | 'field';
export type CrmHomeNotice = Omit<ModuleNotice, 'scope'> & { scope: Scope };

const noticeOf = (result: Extract<Answer<unknown>, { ok: false }>, scope: Scope, id: string) =>
  fail(result.status >= 400 ? result.status : 500, { notice: { scope, id, tone: 'error', message: result.problem.message } satisfies CrmHomeNotice });

export const actions: Actions = {
  completeStep: async (event) => {
    const step = textField(await event.request.formData(), 'step');
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/{module}/setup-steps/{step}/complete', {
        params: { path: { companyId: event.params.company, module: 'crm', step } },
      }),
    );
    if (!result.ok) return noticeOf(result, 'step', step);
    const title = result.data.setupSteps.find((candidate) => candidate.key === step)?.title ?? 'The step';
    return { notice: { scope: 'step', id: step, tone: 'success', message: `${title}: done.` } satisfies CrmHomeNotice };
  },

  renameSetting: async (event) => {
    const form = await event.request.formData();
    const settingId = textField(form, 'settingId');
    const result = await answer(
      event.locals.api.PATCH('/api/companies/{companyId}/modules/{module}/settings/{settingId}', {
        params: { path: { companyId: event.params.company, module: 'crm', settingId } },
        body: { name: textField(form, 'name') },
      }),
    );
    if (!result.ok) return noticeOf(result, 'setting', settingId);
    return { notice: { scope: 'setting', id: settingId, tone: 'success', message: `Renamed to ${result.data.name}.` } satisfies CrmHomeNotice };
  },

  addCustomField: async (event) => {
    const form = await event.request.formData();
    const label = textField(form, 'label');
    const type = textField(form, 'type');
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/crm/custom-fields', {
        params: { path: { companyId: event.params.company } },
        // Whatever was chosen goes as it is; the API says what is wrong with it.
        body: { label, type: type as 'text' | 'number' | 'date' },
      }),
    );
    if (!result.ok) return noticeOf(result, 'field', 'new');
    return { notice: { scope: 'field', id: 'new', tone: 'success', message: `Contacts now have a “${result.data.label}” field.` } satisfies CrmHomeNotice };
  },

  removeCustomField: async (event) => {
    const form = await event.request.formData();
    const fieldId = textField(form, 'fieldId');
    const result = await answer(
      event.locals.api.DELETE('/api/companies/{companyId}/modules/crm/custom-fields/{fieldId}', {
        params: { path: { companyId: event.params.company, fieldId } },
      }),
    );
    if (!result.ok) return noticeOf(result, 'field', fieldId);
    return { notice: { scope: 'field', id: fieldId, tone: 'success', message: `${textField(form, 'label') || 'The field'} is removed.` } satisfies CrmHomeNotice };
  },
};
