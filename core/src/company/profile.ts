import { z } from 'zod';
import { companyName } from '../auth/schemas';

export const supportedCurrencies = ['EUR', 'USD', 'GBP'] as const;

const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: 'Use the two-letter country code, like DE, FR or US.' });

const timezone = z.string().refine(
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

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, { error: `Keep the ${label} under ${max} characters.` });

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
    billingEmail: z.union([z.literal(''), z.email({ error: 'Enter a valid billing email, like billing@company.com.' })]),
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
