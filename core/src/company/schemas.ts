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
