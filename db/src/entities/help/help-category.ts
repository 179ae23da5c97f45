import { defineEntity, p } from '@mikro-orm/postgresql';
import { operatorPolicies } from '../../tenancy/policies';
import { currentCompanyId } from '../../tenancy/session';

/** A shelf of the knowledge base ("Billing and invoices", "Getting started"), made by operators. */
export const HelpCategory = defineEntity({
  name: 'HelpCategory',
  tableName: 'help_category',
  rowLevelSecurity: 'force',
  policies: [
    ...operatorPolicies('help_category'),
    // Every company reads the shelves; none writes them.
    { name: 'help_category_reader', command: 'select', using: `${currentCompanyId} is not null` },
  ],
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(80).unique(),
    description: p.string().length(300).default(''),
    position: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export type HelpCategoryEntity = InstanceType<typeof HelpCategory.class>;
