import { supportedCurrencies } from '@atrium/core';
import { answer } from '#lib/server/api-client';
import { emptyForm, saved, submitForm } from '#lib/server/form-action';
import type { Actions, PageServerLoad } from './$types';
import { addressFields, profileForm, profileFormValues, profileFromForm } from './profile-form';

export const load: PageServerLoad = async (event) => {
  const { company } = await event.parent();
  return {
    form: await emptyForm(profileForm, profileFormValues(company.profile)),
    // From the server, so the list the page renders is the same before and after hydration.
    timezones: Intl.supportedValuesOf('timeZone'),
    currencies: supportedCurrencies,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const sent = await submitForm(
      event,
      profileForm,
      (profile) =>
        answer(
          event.locals.api.PATCH('/api/companies/{companyId}/profile', {
            params: { path: { companyId: event.params.company } },
            body: profileFromForm(profile),
          }),
        ),
      { apiFields: addressFields },
    );
    if (!sent.ok) return sent.failure;
    return saved(sent.form, 'Profile saved.');
  },
};
