import { defineEntity, p } from '@mikro-orm/postgresql';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';

/** A company's card: brand, last four and expiry only, and the gateway's id to charge it. */
export const PaymentMethod = defineEntity({
  name: 'PaymentMethod',
  tableName: 'payment_method',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('payment_method'),
  uniques: [{ properties: ['company', 'gatewayReference'] }],
  properties: {
    id: p.uuid().primary(),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    gateway: p.string().length(16),
    gatewayReference: p.string().length(120),
    brand: p.string().length(32),
    last4: p.string().length(4),
    expMonth: p.integer(),
    expYear: p.integer(),
    isDefault: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type PaymentMethodEntity = InstanceType<typeof PaymentMethod.class>;
