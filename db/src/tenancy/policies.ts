import type { PolicyDef } from '@mikro-orm/core';
import { currentCompanyId, inSystemContext } from './session';

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
