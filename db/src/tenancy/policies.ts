import type { PolicyDef } from '@mikro-orm/core';
import { currentCompanyId, currentUserId, inOperatorContext, inSystemContext } from './session';

/**
 * The wall around a tenant-owned table: rows are visible and writable only when the
 * transaction's company is theirs, or inside a named system context (renewal scans and
 * the like). With no company set, the comparison is null and nothing matches.
 */
export function tenantPolicies(table: string, companyColumn = 'company_id'): PolicyDef<any>[] {
  return [
    {
      name: `${table}_tenant`,
      using: `${companyColumn} = ${currentCompanyId}`,
      check: `${companyColumn} = ${currentCompanyId}`,
    },
    { name: `${table}_system`, using: inSystemContext, check: inSystemContext },
  ];
}

/**
 * The wall around an operator table (accounts, sessions, the knowledge base's drafts): only
 * a named operator context reaches it. A company's context, a person's and a system
 * context (the worker's scans) see nothing and write nothing.
 */
export function operatorPolicies(table: string): PolicyDef<any>[] {
  return [{ name: `${table}_operator`, using: inOperatorContext, check: inOperatorContext }];
}

/** No company is set: a person's own context, which is the only one a client guest's request runs in. */
const outsideAnyCompany = `${currentCompanyId} is null`;

/**
 * The projects the transaction's person follows as a client guest: their accepted, not
 * withdrawn grants (read through `project_guest`'s own guest policy, so only their rows).
 */
export const guestProjectIds = `(select g.project_id from project_guest g where g.user_id = ${currentUserId} and g.accepted_at is not null and g.revoked_at is null)`;

/**
 * A client guest's read of one project's rows (Projects): only in a person's own context
 * (no company set, so a member's company request never widens by it), only rows of a
 * project that person is an accepted guest of, and only `select`: guests write nothing.
 */
export function guestReadPolicy(table: string, projectColumn = 'project_id'): PolicyDef<any> {
  return { name: `${table}_guest`, command: 'select', using: `${outsideAnyCompany} and ${projectColumn} in ${guestProjectIds}` };
}

/** A person reads their own guest grants (which projects they follow), in their own context only. */
export function guestSelfPolicy(table: string): PolicyDef<any> {
  return { name: `${table}_guest_self`, command: 'select', using: `${outsideAnyCompany} and user_id = ${currentUserId}` };
}
