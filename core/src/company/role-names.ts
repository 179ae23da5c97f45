import type { CompanyRole } from './roles';

/** Company roles in the words people read, on the team page and in the audit log. */
export const companyRoleNames: Record<CompanyRole, string> = {
  owner: 'Owner',
  admin: 'Admin',
  billing: 'Billing manager',
  member: 'Member',
};
