import { randomUUID } from 'node:crypto';
import type { PolicyDef } from '@mikro-orm/core';
import { defineEntity, p } from '@mikro-orm/postgresql';
import { Company } from '../entities/company';
import { tenantPolicies } from './policies';

/** What every module record has (Twenty's standard-object base): its id, its company, who made it and when. */
const tenantRecordBase = {
  id: p.uuid().primary().onCreate(() => randomUUID()),
  company: () => p.manyToOne(Company).deleteRule('cascade'),
  createdAt: p.datetime().onCreate(() => new Date()),
  updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  /** The person (account id) who created it; null for rows written by a workflow or an import job. */
  createdBy: p.string().length(64).nullable(),
};

interface TenantEntityMeta<TName extends string, TTableName extends string, TProperties extends Record<string, unknown>> {
  name: TName;
  /** Named after the module: `crm_contact`, `hr_leave_request`. */
  tableName: TTableName;
  properties: TProperties;
  indexes?: { properties?: string[]; name?: string; expression?: string }[];
  uniques?: { properties?: string[]; name?: string; expression?: string }[];
  /** Policies beside the tenant ones, e.g. a client guest's read of their one project (Projects). */
  extraPolicies?: PolicyDef<any>[];
}

/**
 * A tenant-owned table, declared once: id, company, timestamps and creator, row-level
 * security forced with the tenant policy. The RLS test finds every such table by itself.
 */
export function defineTenantEntity<const TName extends string, const TTableName extends string, const TProperties extends Record<string, unknown>>(
  meta: TenantEntityMeta<TName, TTableName, TProperties>,
) {
  return defineEntity({
    name: meta.name,
    tableName: meta.tableName,
    rowLevelSecurity: 'force',
    policies: [...tenantPolicies(meta.tableName), ...(meta.extraPolicies ?? [])],
    ...(meta.indexes ? { indexes: meta.indexes } : {}),
    ...(meta.uniques ? { uniques: meta.uniques } : {}),
    properties: { ...tenantRecordBase, ...meta.properties },
  });
}
