import { z } from 'zod';
import { emailAddress, text } from '../api/text';
import { companyName } from '../auth/schemas';

export const supportedCurrencies = ['EUR', 'USD', 'GBP'] as const;

const countryCode = text({ field: 'country', max: 2 })
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: 'Use the two-letter country code, like DE, FR or US.' });

const timezone = text({ field: 'time zone', max: 64 }).refine(
  (value) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  },
  { error: 'Use a time zone name like Europe/Berlin or America/New_York.' },
);

const optionalText = (max: number, field: string) => text({ field, max });

export const companyAddress = z.object({
  line1: optionalText(200, 'address line'),
  line2: optionalText(200, 'address line'),
  city: optionalText(100, 'city'),
  postalCode: optionalText(20, 'postal code'),
  region: optionalText(100, 'region'),
});

export const companyProfile = z
  .object({
    displayName: companyName,
    legalName: optionalText(200, 'legal name'),
    address: companyAddress,
    billingEmail: z.union([z.literal(''), emailAddress({ field: 'billing email', message: 'Enter a valid billing email, like billing@company.com.' })]),
    taxId: optionalText(32, 'tax id'),
    country: z.union([z.literal(''), countryCode]),
    timezone,
    currency: z.enum(supportedCurrencies, { error: 'Choose EUR, USD or GBP.' }),
  })
  .meta({ id: 'CompanyProfile' });

/** A partial update: only the fields sent change. */
export const updateCompanyProfileRequest = companyProfile
  .extend({ address: companyAddress.partial() })
  .partial()
  .meta({ id: 'UpdateCompanyProfileRequest' });

export type CompanyProfile = z.infer<typeof companyProfile>;
export type UpdateCompanyProfileRequest = z.infer<typeof updateCompanyProfileRequest>;
