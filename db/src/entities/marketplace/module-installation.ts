import { defineEntity, p } from '@mikro-orm/postgresql';
import type { ModuleKey } from '@atrium/core';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';

export const moduleInstallationStatuses = ['active', 'removed', 'purged'] as const;
export type ModuleInstallationStatus = (typeof moduleInstallationStatuses)[number];

/**
 * A module set up for a company by `provision:{companyId}:{module}`: active while bought or
 * in trial; removed (data kept) for 30 days after it ends, then purged.
 */
export const ModuleInstallation = defineEntity({
  name: 'ModuleInstallation',
  tableName: 'module_installation',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('module_installation'),
  properties: {
    company: () => p.manyToOne(Company).primary().deleteRule('cascade'),
    module: p.string().$type<ModuleKey>().length(16).primary(),
    status: p.string().$type<ModuleInstallationStatus>().length(16),
    /** Keys of the module's setup steps the company has completed. */
    completedSetupSteps: p.json<string[]>(),
    provisionedAt: p.datetime(),
    removedAt: p.datetime().nullable(),
    purgeAfter: p.datetime().nullable(),
  },
});

export type ModuleInstallationEntity = InstanceType<typeof ModuleInstallation.class>;
