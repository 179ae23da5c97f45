import { defineEntity, p } from '@mikro-orm/postgresql';
import type { ModuleKey } from '@atrium/core';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';

export const moduleTrialStatuses = ['active', 'converted', 'lapsed'] as const;
export type ModuleTrialStatus = (typeof moduleTrialStatuses)[number];

/**
 * A module's free trial. The primary key (company, module) is the "once per module per
 * company" rule: a second trial of the same module cannot be written.
 */
export const ModuleTrial = defineEntity({
  name: 'ModuleTrial',
  tableName: 'module_trial',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('module_trial'),
  properties: {
    company: () => p.manyToOne(Company).primary().deleteRule('cascade'),
    module: p.string().$type<ModuleKey>().length(16).primary(),
    status: p.string().$type<ModuleTrialStatus>().length(16),
    startedAt: p.datetime(),
    endsAt: p.datetime(),
    closedAt: p.datetime().nullable(),
  },
});

export type ModuleTrialEntity = InstanceType<typeof ModuleTrial.class>;
