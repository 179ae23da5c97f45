import { companyAddress, companyProfile, type CompanyProfile } from '@atrium/core';
import { z } from 'zod';
import type { CompanyProfileView } from '#lib/types';

/**
 * The profile form on core's profile schema. FormData has no nested objects, so the address
 * is five flat fields here and nested again for the API; `addressFields` maps the API's
 * field names (`address.line1`) back onto them.
 */
export const addressFields = {
  'address.line1': 'addressLine1',
  'address.line2': 'addressLine2',
  'address.city': 'addressCity',
  'address.postalCode': 'addressPostalCode',
  'address.region': 'addressRegion',
} as const;

export const profileForm = companyProfile.omit({ address: true }).extend({
  addressLine1: companyAddress.shape.line1,
  addressLine2: companyAddress.shape.line2,
  addressCity: companyAddress.shape.city,
  addressPostalCode: companyAddress.shape.postalCode,
  addressRegion: companyAddress.shape.region,
});

export type ProfileForm = z.infer<typeof profileForm>;

/** The stored profile (as `GET …/companies/:id` gives it) as the form's fields. */
export function profileFormValues(profile: CompanyProfileView): ProfileForm {
  const { address } = profile;
  return {
    displayName: profile.displayName,
    legalName: profile.legalName,
    billingEmail: profile.billingEmail,
    taxId: profile.taxId,
    country: profile.country,
    timezone: profile.timezone,
    currency: profile.currency as ProfileForm['currency'],
    addressLine1: address.line1 ?? '',
    addressLine2: address.line2 ?? '',
    addressCity: address.city ?? '',
    addressPostalCode: address.postalCode ?? '',
    addressRegion: address.region ?? '',
  };
}

export function profileFromForm(form: ProfileForm): CompanyProfile {
  const { addressLine1, addressLine2, addressCity, addressPostalCode, addressRegion, ...rest } = form;
  return { ...rest, address: { line1: addressLine1, line2: addressLine2, city: addressCity, postalCode: addressPostalCode, region: addressRegion } };
}
