import { defineEntity, p } from '@mikro-orm/postgresql';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';

/** The gateway's customer for a company (a Stripe Customer, or the sandbox's own). */
export const PaymentCustomer = defineEntity({
  name: 'PaymentCustomer',
  tableName: 'payment_customer',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('payment_customer'),
  properties: {
    company: () => p.oneToOne(Company).primary().deleteRule('cascade'),
    gateway: p.string().length(16),
    reference: p.string().length(120),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type PaymentCustomerEntity = InstanceType<typeof PaymentCustomer.class>;
