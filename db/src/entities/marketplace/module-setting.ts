import { defineEntity, p } from '@mikro-orm/postgresql';
import type { ModuleKey } from '@atrium/core';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';

/**
 * A module's configuration record: the defaults provisioning writes (CRM pipeline stages,
 * HR leave types, …) and what the company changes later. (company, module, kind, name) is
 * unique, so provisioning run twice writes each default once.
 */
export const ModuleSetting = defineEntity({
  name: 'ModuleSetting',
  tableName: 'module_setting',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('module_setting'),
  uniques: [{ properties: ['company', 'module', 'kind', 'name'] }],
  properties: {
    id: p.uuid().primary(),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    module: p.string().$type<ModuleKey>().length(16),
    kind: p.string().length(32),
    name: p.string().length(120),
    position: p.integer(),
    data: p.json<Record<string, unknown>>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type ModuleSettingEntity = InstanceType<typeof ModuleSetting.class>;
