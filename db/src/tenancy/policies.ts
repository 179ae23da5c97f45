import type { PolicyDef } from '@mikro-orm/core';
import { currentCompanyId, inOperatorContext, inSystemContext } from './session';

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
