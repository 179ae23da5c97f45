import { companyRoleNames, grantableRoles, moduleKeys, moduleNames, type CompanyRole, type ModuleRole } from '@atrium/core';
import type { ModuleRoles } from './types';

export { companyRoleNames };

/** What each company role means, in the words the invite form and the team list use. */
export const companyRoleHints: Record<CompanyRole, string> = {
  owner: 'Everything, including billing and handing over ownership',
  admin: 'Runs the team, settings and every module',
  billing: 'Plan, payment methods and invoices',
  member: 'Works in the modules they are given',
};

/** Roles someone can be invited as or changed to; ownership is handed over, never assigned. */
export const assignableRoles = ['admin', 'billing', 'member'] as const satisfies readonly CompanyRole[];

/** The roles `myRole` may hand out (nobody grants above themselves), as the API enforces. */
export const rolesGrantableBy = (myRole: CompanyRole) => assignableRoles.filter((role) => grantableRoles[myRole].includes(role));

export const moduleRoleNames: Record<ModuleRole, string> = {
  manager: 'Manager',
  editor: 'Editor',
  viewer: 'Viewer',
  none: 'No access',
};

/** "CRM viewer, HR editor", or null when the person has no module access at all. */
export function describeModuleRoles(moduleRoles: ModuleRoles): string | null {
  const granted = moduleKeys
    .filter((module) => moduleRoles[module] && moduleRoles[module] !== 'none')
    .map((module) => `${moduleNames[module]} ${moduleRoleNames[moduleRoles[module]!].toLowerCase()}`);
  return granted.length ? granted.join(', ') : null;
}

export function isCompanyRole(value: string): value is CompanyRole {
  return value in companyRoleNames;
}
