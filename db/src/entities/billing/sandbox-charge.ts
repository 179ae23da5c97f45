import { defineEntity, p } from '@mikro-orm/postgresql';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';

/**
 * The sandbox gateway's ledger: every charge attempt it was asked for, keyed by the
 * caller's idempotency key like Stripe's, so that a repeated request returns the first
 * outcome instead of charging again. It is what a company in test mode (and a test) can
 * count charges with.
 */
export const SandboxCharge = defineEntity({
  name: 'SandboxCharge',
  tableName: 'sandbox_charge',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('sandbox_charge'),
  properties: {
    id: p.string().length(40).primary(),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    idempotencyKey: p.string().length(120).unique(),
    paymentMethodReference: p.string().length(120),
    amount: p.integer(),
    currency: p.string().length(3),
    status: p.string().$type<'succeeded' | 'failed'>().length(16),
    failureCode: p.string().length(64).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type SandboxChargeEntity = InstanceType<typeof SandboxCharge.class>;
