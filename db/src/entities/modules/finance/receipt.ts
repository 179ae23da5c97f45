import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { FinanceExpenseClaim } from './expense-claim';

/** The receipt of a claim: an image or a PDF, its type read from its bytes on upload; one per claim. */
export const FinanceReceipt = defineTenantEntity({
  name: 'FinanceReceipt',
  tableName: 'finance_receipt',
  uniques: [{ name: 'finance_receipt_claim_id_unique', properties: ['claim'] }],
  properties: {
    claim: () => p.manyToOne(FinanceExpenseClaim).deleteRule('cascade'),
    contentType: p.string().length(64),
    fileName: p.string().length(200),
    size: p.integer(),
    bytes: p.blob(),
  },
});
export type FinanceReceiptEntity = InstanceType<typeof FinanceReceipt.class>;
