import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';

/** A bank account whose statements the company imports; the plan limits how many. */
export const FinanceBankAccount = defineTenantEntity({
  name: 'FinanceBankAccount',
  tableName: 'finance_bank_account',
  properties: {
    name: p.string().length(80),
    currency: p.string().length(3),
    lastFour: p.string().length(4).nullable(),
  },
});
export type FinanceBankAccountEntity = InstanceType<typeof FinanceBankAccount.class>;
