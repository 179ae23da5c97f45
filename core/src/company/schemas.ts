import { z } from 'zod';
import { companyName } from '../auth/schemas';
import { companyRoles } from './roles';

export const companyView = z
  .object({ id: z.uuid(), name: z.string(), slug: z.string() })
  .meta({ id: 'Company' });

export const companyMembershipView = companyView
  .extend({ role: z.enum(companyRoles) })
  .meta({ id: 'CompanyMembership' });

export const companyIdParams = z.object({
  companyId: z.uuid({ error: 'That is not a company id.' }),
});

export const createCompanyRequest = z.object({ name: companyName }).meta({ id: 'CreateCompanyRequest' });

export type CompanyView = z.infer<typeof companyView>;
export type CompanyMembershipView = z.infer<typeof companyMembershipView>;

/** GET /api/companies/:companyId: what every member sees, plus their packed CASL rules. */
export const companyDetailsView = companyView
  .extend({
    profile: z.object({
      displayName: z.string(),
      legalName: z.string(),
      address: z.record(z.string(), z.string()),
      billingEmail: z.string(),
      taxId: z.string(),
      country: z.string(),
      timezone: z.string(),
      currency: z.string(),
      currencyLocked: z.boolean(),
    }),
    branding: z.object({ primaryColor: z.string().nullable(), accentColor: z.string().nullable(), logoUrl: z.string().nullable() }),
    plan: z.object({ key: z.string(), name: z.string(), seatLimit: z.int() }),
    seats: z.object({ used: z.int(), paid: z.int(), limit: z.int(), members: z.int(), pendingInvitations: z.int() }),
    role: z.enum(companyRoles),
    rules: z.array(z.array(z.unknown())).meta({ description: 'CASL rules packed with packRules' }),
  })
  .meta({ id: 'CompanyDetails' });
