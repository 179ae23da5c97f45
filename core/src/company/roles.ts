/** A person's role in a company; module roles come on top of it. */
export const companyRoles = ['owner', 'admin', 'billing', 'member'] as const;
export type CompanyRole = (typeof companyRoles)[number];

export const moduleRoles = ['manager', 'editor', 'viewer', 'none'] as const;
export type ModuleRole = (typeof moduleRoles)[number];
