import { defineEntity, p } from '@mikro-orm/postgresql';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';
import { Invoice } from './invoice';

/**
 * One attempt to collect an invoice. (invoice, attempt) is unique: an activity retried
 * after a crash finds its attempt already recorded and never charges a second time.
 */
export const Payment = defineEntity({
  name: 'Payment',
  tableName: 'payment',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('payment'),
  uniques: [{ properties: ['invoice', 'attempt'] }],
  properties: {
    id: p.uuid().primary(),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    invoice: () => p.manyToOne(Invoice).deleteRule('cascade'),
    attempt: p.integer(),
    amount: p.integer(),
    currency: p.string().length(3),
    status: p.string().$type<'succeeded' | 'failed'>().length(16),
    gateway: p.string().length(16),
    gatewayReference: p.string().length(120).nullable(),
    /** e.g. "Visa •••• 4242", kept as text: the card may be removed later. */
    paymentMethodLabel: p.string().length(64).nullable(),
    failureCode: p.string().length(64).nullable(),
    failureMessage: p.string().length(300).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type PaymentEntity = InstanceType<typeof Payment.class>;
