import { error } from '@sveltejs/kit';
import { supportPublicFormInput } from '@atrium/core';
import { answer } from '#lib/server/api-client';
import { emptyForm, saved, submitForm } from '#lib/server/form-action';
import type { Actions, PageServerLoad } from './$types';

/**
 * A company's public ticket form, the page its website links to: no account, no session.
 * The API rate-limits it per address (429 shows above the form) and files the ticket into
 * the desk the slug names.
 */
export const load: PageServerLoad = async (event) => {
  const desk = await answer(event.locals.api.GET('/api/public/support/{companySlug}', { params: { path: { companySlug: event.params.slug } } }));
  if (!desk.ok) error(desk.status === 400 ? 404 : desk.status, desk.problem.message);
  return { desk: desk.data, form: await emptyForm(supportPublicFormInput) };
};

export const actions: Actions = {
  default: async (event) => {
    const sent = await submitForm(event, supportPublicFormInput, (body) =>
      answer(event.locals.api.POST('/api/public/support/{companySlug}/tickets', { params: { path: { companySlug: event.params.slug } }, body })),
    );
    if (!sent.ok) return sent.failure;
    return saved(sent.form, sent.data.message);
  },
};
