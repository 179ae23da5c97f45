import { redirect } from '@sveltejs/kit';
import { organizationFormSchema } from '#lib/components/crm/form-schemas';
import { parseTags } from '#lib/components/crm/format';
import { abilityFor } from '#lib/permissions';
import { answer } from '#lib/server/api-client';
import { requireAbility, requireOpenCrm } from '#lib/server/crm/crm-page';
import { emptyForm, submitForm } from '#lib/server/form-action';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { crm, company } = await event.parent();
  requireOpenCrm(crm, event.params.company);
  requireAbility(abilityFor(company.rules).can('create', 'crm'), 'Your CRM role lets you read companies, not add them. Ask a CRM manager.');
  return { form: await emptyForm(organizationFormSchema) };
};

export const actions: Actions = {
  default: async (event) => {
    const companyId = event.params.company;
    const sent = await submitForm(event, organizationFormSchema, (form) =>
      answer(
        event.locals.api.POST('/api/companies/{companyId}/modules/crm/organizations', {
          params: { path: { companyId } },
          body: { name: form.name, domain: form.domain || null, tags: parseTags(form.tags) },
        }),
      ),
    );
    if (!sent.ok) return sent.failure;
    redirect(303, `/${companyId}/modules/crm/companies/${sent.data.id}`);
  },
};
