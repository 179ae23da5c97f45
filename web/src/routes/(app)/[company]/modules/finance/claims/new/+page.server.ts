import { redirect } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import { emptyForm, submitForm } from '#lib/server/form-action';
import { financePath } from '../../finance.server';
import { claimApiFields, claimBody, claimForm } from '../claim-form';
import type { Actions, PageServerLoad } from './$types';

/** A new claim starts as a draft; its page then takes the receipt and sends it for approval. */
export const load: PageServerLoad = async (event) => {
  const path = { params: { path: financePath(event.params.company) } };
  const [categories, settings] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/finance/categories', path)),
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/finance/settings', path)),
  ]);
  const list = categories.ok ? categories.data.categories : [];
  // Claims start in the company's currency; a claim abroad picks another.
  const currency = settings.ok ? settings.data.currency : 'EUR';
  const form = await emptyForm(claimForm, { currency: currency === 'USD' || currency === 'GBP' ? currency : 'EUR', spentOn: new Date().toISOString().slice(0, 10), categoryId: list[0]?.id ?? '' });
  return { form, categories: list };
};

export const actions: Actions = {
  default: async (event) => {
    const sent = await submitForm(
      event,
      claimForm,
      (data) => answer(event.locals.api.POST('/api/companies/{companyId}/modules/finance/claims', { params: { path: financePath(event.params.company) }, body: claimBody(data) })),
      { apiFields: claimApiFields },
    );
    if (!sent.ok) return sent.failure;
    redirect(303, `/${event.params.company}/modules/finance/claims/${sent.data.id}?saved=draft`);
  },
};
