import { defineEntity, p } from '@mikro-orm/postgresql';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';

/**
 * What a subscription charges for besides its plan: one row per active module and one
 * for extra seats, each at its price per period. Rewritten with the subscription.
 */
export const SubscriptionItem = defineEntity({
  name: 'SubscriptionItem',
  tableName: 'subscription_item',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('subscription_item'),
  uniques: [{ properties: ['company', 'itemKey'] }],
  properties: {
    id: p.uuid().primary(),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    /** `module:crm`, `seats`. */
    itemKey: p.string().length(32),
    description: p.string().length(200),
    quantity: p.integer(),
    unitAmount: p.integer(),
    amount: p.integer(),
    currency: p.string().length(3),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type SubscriptionItemEntity = InstanceType<typeof SubscriptionItem.class>;
