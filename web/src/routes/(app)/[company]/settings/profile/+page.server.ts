import { supportedCurrencies } from '@atrium/core';
import { callApi } from '#lib/server/api';
import { companyPath } from '#lib/server/company-path';
import { refused, textField } from '#lib/server/form-data';
import type { CompanyDetails } from '#lib/types';
import type { Actions, PageServerLoad } from './$types';

const addressParts = ['line1', 'line2', 'city', 'postalCode', 'region'] as const;
const plainFields = ['displayName', 'legalName', 'billingEmail', 'taxId', 'country', 'timezone', 'currency'] as const;

export const load: PageServerLoad = () => ({
  // From the server, so the list the page renders is the same before and after hydration.
  timezones: Intl.supportedValuesOf('timeZone'),
  currencies: supportedCurrencies,
});

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const profile = Object.fromEntries(plainFields.map((field) => [field, textField(form, field).trim()]));
    const address = Object.fromEntries(addressParts.map((part) => [part, textField(form, `address.${part}`).trim()]));
    const values: Record<string, string> = {
      ...profile,
      ...Object.fromEntries(Object.entries(address).map(([part, value]) => [`address.${part}`, value])),
    };

    const result = await callApi<CompanyDetails>(event, companyPath(event.params.company, 'profile'), {
      method: 'PATCH',
      json: { ...profile, country: profile.country?.toUpperCase(), address },
    });
    if (!result.ok) return refused(result, values);
    return { saved: true };
  },
};
