import type { ModuleKit } from '../kit/module-kit';

/** Finance in the module kit: what its purge deletes (children first) and how its limits are counted. */
export const financeKit: ModuleKit = {
  module: 'finance',
  tables: ['finance_bank_transaction', 'finance_bank_account', 'finance_receipt', 'finance_expense_claim'],
  usage: {
    // Claims made this calendar month (drafts included: each was a place taken).
    expenseClaimsPerMonth: { table: 'finance_expense_claim', where: `created_at >= date_trunc('month', now())` },
    bankAccounts: { table: 'finance_bank_account' },
    // Receipts are limited per file (receiptMaxBytes); storage is not metered yet.
    receiptStorageGb: { constant: 0 },
  },
};

/** A receipt photo or PDF: at most 5 MB, its type read from its bytes. */
export const receiptRules = { maxBytes: 5 * 1024 * 1024, types: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const };
