import { claimStatuses, formatMoney, isCurrency, type ClaimStatus } from '@atrium/core';
import type { Schemas } from '#lib/api';

export type ExpenseClaim = Schemas['FinanceExpenseClaim'];
export type BankTransaction = Schemas['FinanceBankTransaction'];
export type BankAccount = Schemas['FinanceBankAccount'];
export type ProfitAndLoss = Schemas['FinanceProfitAndLoss'];

/** Minor units of a currency as text: 8999 EUR → "€89.99". */
export const money = (minor: number, currency: string): string =>
  isCurrency(currency) ? formatMoney({ amount: minor, currency }) : `${(minor / 100).toFixed(2)} ${currency}`;

export const claimStatusNames: Record<ClaimStatus, string> = {
  draft: 'Draft', submitted: 'Waiting for approval', approved: 'Approved', rejected: 'Rejected', reimbursed: 'Reimbursed',
};
export { claimStatuses };

/** Who a submitted claim waits for, in words. */
export function waitingFor(claim: ExpenseClaim): string | null {
  if (claim.status !== 'submitted') return null;
  if (claim.stage === 'finance') return 'Waiting for a finance approver (above the approval threshold)';
  return claim.approverName ? `Waiting for ${claim.approverName}` : 'Waiting for a finance approver';
}

/** This month as `YYYY-MM`, the P&L's default. */
export const thisMonth = (): string => new Date().toISOString().slice(0, 7);

/** What a Finance form action hands back: a sentence, and the record it is about, to show it beside that record. */
export interface FinanceNotice {
  tone: 'success' | 'error';
  message: string;
  id?: string;
}
