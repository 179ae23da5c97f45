import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { FinanceBankAccount } from './bank-account';
import { FinanceExpenseClaim } from './expense-claim';

/**
 * One line of an imported statement: money in is positive. `fingerprint` (date, amount,
 * description and its repeat within the file) makes importing the same statement twice add
 * nothing. `matchedClaim` is the claim a person confirmed this payment to be; one each.
 */
export const FinanceBankTransaction = defineTenantEntity({
  name: 'FinanceBankTransaction',
  tableName: 'finance_bank_transaction',
  uniques: [
    { name: 'finance_bank_transaction_account_id_fingerprint_unique', properties: ['account', 'fingerprint'] },
    { name: 'finance_bank_transaction_matched_claim_id_unique', properties: ['matchedClaim'] },
  ],
  indexes: [{ name: 'finance_bank_transaction_company_id_booked_on_index', properties: ['company', 'bookedOn', 'id'] }],
  properties: {
    account: () => p.manyToOne(FinanceBankAccount).deleteRule('cascade'),
    bookedOn: p.string().columnType('date'),
    amountMinor: p.integer(),
    currency: p.string().length(3),
    description: p.string().length(300).default(''),
    /** Set by a person; uncategorised lines (transfers) stay out of the profit and loss. */
    category: p.string().length(80).nullable(),
    matchedClaim: () => p.manyToOne(FinanceExpenseClaim).nullable().deleteRule('set null'),
    fingerprint: p.string().length(64),
  },
});
export type FinanceBankTransactionEntity = InstanceType<typeof FinanceBankTransaction.class>;
