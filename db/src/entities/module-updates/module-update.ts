import { defineEntity, p } from '@mikro-orm/postgresql';
import type { ModuleKey } from '@atrium/core';
import { operatorPolicies } from '../../tenancy/policies';
import { currentCompanyId } from '../../tenancy/session';

/**
 * News about one business module ("What's new"), written by an operator in markdown. The
 * API renders and sanitises it once when it is saved (`bodyHtml`, `bodyText`), as it does
 * for help articles. Drafts are the operators' own; once `publishedAt` is set, any
 * company's context reads it (`module_update_reader`) — which company may is the module
 * gate's decision in the API (entitlements), not this table's: the news of a module is
 * not a secret, only not shown to those who do not have it.
 *
 * `publishedBy` is an operator's id, not a foreign key: operator rows are behind their
 * own wall, and the update outlives the account.
 */
export const ModuleUpdate = defineEntity({
  name: 'ModuleUpdate',
  tableName: 'module_update',
  rowLevelSecurity: 'force',
  policies: [
    ...operatorPolicies('module_update'),
    { name: 'module_update_reader', command: 'select', using: `published_at is not null and ${currentCompanyId} is not null` },
  ],
  indexes: [{ properties: ['module', 'publishedAt'] }],
  properties: {
    id: p.uuid().primary(),
    module: p.string().$type<ModuleKey>().length(16),
    title: p.string().length(200),
    body: p.text(),
    bodyHtml: p.text(),
    bodyText: p.text(),
    createdBy: p.uuid().nullable(),
    updatedBy: p.uuid().nullable(),
    publishedAt: p.datetime().nullable(),
    publishedBy: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export type ModuleUpdateEntity = InstanceType<typeof ModuleUpdate.class>;
