import { z } from 'zod';
import { csvFile } from '../../api/csv-file';
import { queryInteger } from '../../api/query-integer';
import { text } from '../../api/text';
import { currencies } from '../../billing/money';
import { isIsoDate } from '../hr/calendar-dates';
import { approvalStages, claimStatuses } from './claim-rules';

const id = (what: string) => z.uuid({ error: `That is not a ${what} id.` });
const isoDate = (label: string) => z.string({ error: `Give the ${label} as a date, like 2027-03-31.` }).refine(isIsoDate, { error: `Give the ${label} as a date, like 2027-03-31.` });
const month = z.string({ error: 'Give the month like 2027-03.' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Give the month like 2027-03.' });
const accountId = z.string({ error: 'Choose a person.' }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'Choose a person from the team.' });
const currency = z.enum(currencies, { error: `The currency is one of ${currencies.join(', ')}.` });
/** Money in minor units (cents, pence): a claim of 12.30 is 1230. */
const amountMinor = (label: string) =>
  z.number({ error: `Give the ${label} in cents, as a whole number.` }).int({ error: `Give the ${label} in cents, as a whole number.` }).min(1, { error: `The ${label} is more than zero.` }).max(100_000_000, { error: `The ${label} is at most 1,000,000.00.` });
const categoryName = text({ field: 'category', min: 1, max: 80, messages: { required: 'Name the category.', min: 'Name the category.', max: 'A category name is at most 80 characters.' } });

export const financeDeletedView = z.object({ deleted: z.literal(true) }).meta({ id: 'FinanceDeleted' });

export const financeParams = z.object({ companyId: id('company') });
export const financeClaimParams = financeParams.extend({ claimId: id('claim') });
export const financeBankAccountParams = financeParams.extend({ accountId: id('bank account') });
export const financeTransactionParams = financeParams.extend({ transactionId: id('transaction') });
export const financeDealParams = financeParams.extend({ dealId: id('deal') });

// ---- Settings: who approves, and when finance approves too ----
export const financeSettingsView = z
  .object({
    /** Approves everyone's claims when HR is not active (or the claimant has no manager there). */
    approverUserId: z.string().nullable(),
    /** Above this amount (minor units, company currency) a finance approver approves as well; null: never. */
    approvalThresholdMinor: z.number().int().nullable(),
    currency: z.string(),
    /** Whether approvers come from HR's managers (HR active). */
    managersFromHr: z.boolean(),
    /** The people who give the second approval and mark claims reimbursed. */
    financeApprovers: z.array(z.object({ userId: z.string(), name: z.string() })),
  })
  .meta({ id: 'FinanceSettings' });
export const financeSettingsInput = z
  .object({
    approverUserId: accountId.nullable(),
    approvalThresholdMinor: z.number({ error: 'Give the threshold in cents, or nothing for none.' }).int({ error: 'Give the threshold in cents, as a whole number.' }).min(0, { error: 'The threshold is zero or more.' }).max(100_000_000, { error: 'The threshold is at most 1,000,000.00.' }).nullable(),
  })
  .meta({ id: 'FinanceSettingsInput' });

// ---- Expense categories (module settings of kind expense_category) ----
export const expenseCategoryView = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'FinanceExpenseCategory' });
export const expenseCategoryList = z.object({ categories: z.array(expenseCategoryView) }).meta({ id: 'FinanceExpenseCategoryList' });
export const expenseCategoryInput = z.object({ name: categoryName }).meta({ id: 'FinanceExpenseCategoryInput' });

// ---- Expense claims ----
export const expenseClaimInput = z
  .object({
    amountMinor: amountMinor('amount'),
    currency,
    spentOn: isoDate('date of the expense'),
    categoryId: z.uuid({ error: 'Choose a category.' }),
    merchant: text({ field: 'merchant', min: 1, max: 120, messages: { required: 'Name the shop or supplier.', min: 'Name the shop or supplier.', max: 'The merchant is at most 120 characters.' } }),
    note: text({ field: 'note', max: 500, multiline: true }).default(''),
  })
  .meta({ id: 'FinanceExpenseClaimInput' });
export type ExpenseClaimInput = z.infer<typeof expenseClaimInput>;
export const expenseClaimUpdate = expenseClaimInput.partial().meta({ id: 'FinanceExpenseClaimUpdate' });

export const claimDecisionInput = z
  .object({
    decision: z.enum(['approve', 'reject'], { error: 'Decide approve or reject.' }),
    note: text({ field: 'note', max: 500, multiline: true }).default(''),
  })
  .meta({ id: 'FinanceClaimDecisionInput' });

export const receiptView = z.object({ contentType: z.string(), bytes: z.number().int(), fileName: z.string() }).meta({ id: 'FinanceReceipt' });

export const expenseClaimView = z
  .object({
    id: z.uuid(),
    claimantUserId: z.string(),
    claimantName: z.string(),
    amountMinor: z.number().int(),
    currency: z.string(),
    spentOn: z.string(),
    categoryId: z.uuid(),
    categoryName: z.string(),
    merchant: z.string(),
    note: z.string(),
    status: z.enum(claimStatuses),
    /** While submitted: whose approval it waits for. */
    stage: z.enum(approvalStages).nullable(),
    approverUserId: z.string().nullable(),
    approverName: z.string().nullable(),
    needsFinanceApproval: z.boolean(),
    firstApprovalBy: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string(),
    submittedAt: z.string().nullable(),
    reimbursedAt: z.string().nullable(),
    receipt: receiptView.nullable(),
    /** The bank transaction confirmed as this claim, if any. */
    matchedTransactionId: z.uuid().nullable(),
    createdAt: z.string(),
    /** For the person asking. */
    canEdit: z.boolean(),
    canDecide: z.boolean(),
    canReimburse: z.boolean(),
  })
  .meta({ id: 'FinanceExpenseClaim' });
export type ExpenseClaimView = z.infer<typeof expenseClaimView>;
export const claimScopes = ['mine', 'to_decide', 'to_reimburse', 'all'] as const;
export const expenseClaimQuery = z.object({
  scope: z.enum(claimScopes, { error: `scope is ${claimScopes.join(', ')}.` }).default('mine'),
  status: z.enum(claimStatuses, { error: `status is ${claimStatuses.join(', ')}.` }).optional(),
  limit: queryInteger({ field: 'page size (limit)', min: 1, max: 200 }).default(100),
  offset: queryInteger({ field: 'offset', min: 0, max: 1_000_000 }).default(0),
});
export const expenseClaimList = z.object({ claims: z.array(expenseClaimView), total: z.number().int() }).meta({ id: 'FinanceExpenseClaimList' });

// ---- Bank accounts, statements, transactions ----
export const bankAccountInput = z
  .object({
    name: text({ field: 'account name', min: 1, max: 80, messages: { required: 'Name the account.', min: 'Name the account.', max: 'An account name is at most 80 characters.' } }),
    currency,
    /** The last four digits of the IBAN or account number, to tell accounts apart. */
    lastFour: z.string().regex(/^\d{4}$/, { error: 'Give the last four digits of the account number.' }).nullable().default(null),
  })
  .meta({ id: 'FinanceBankAccountInput' });
export const bankAccountView = z
  .object({ id: z.uuid(), name: z.string(), currency: z.string(), lastFour: z.string().nullable(), transactions: z.number().int(), unmatched: z.number().int(), balanceMinor: z.number().int() })
  .meta({ id: 'FinanceBankAccount' });
export const bankAccountList = z.object({ accounts: z.array(bankAccountView) }).meta({ id: 'FinanceBankAccountList' });

export const bankImportFields = ['date', 'amount', 'debit', 'credit', 'description'] as const;
export type BankImportField = (typeof bankImportFields)[number];
const bankFieldLabels: Record<BankImportField, string> = { date: 'Date', amount: 'Amount', debit: 'Money out', credit: 'Money in', description: 'Description' };
export const bankImportFieldLabel = (field: BankImportField): string => bankFieldLabels[field];
export type BankImportMapping = Record<string, BankImportField | 'ignore'>;
export const bankDateOrders = ['dmy', 'mdy'] as const;
export type BankDateOrder = (typeof bankDateOrders)[number];
export const bankImportRequest = z
  .object({
    csv: csvFile({ holds: 'about 1,500 statement lines', messages: { required: 'Paste or upload the statement CSV.', empty: 'The file is empty.' } }),
    mapping: z.record(text({ field: 'column header', max: 200, trim: false }), z.enum([...bankImportFields, 'ignore'], { error: 'Map each column to a statement field or to ignore.' })).optional(),
    /** How 03/04/2027 reads: 3 April (dmy, most banks) or March 4 (mdy, US banks). */
    dateOrder: z.enum(bankDateOrders, { error: 'dateOrder is dmy or mdy.' }).default('dmy'),
  })
  .meta({ id: 'FinanceBankImportRequest' });
const importLineError = z.object({ line: z.number().int(), message: z.string() });
export const bankImportPreview = z
  .object({
    columns: z.array(z.string()),
    mapping: z.record(z.string(), z.enum([...bankImportFields, 'ignore'])),
    rows: z.number().int(),
    valid: z.number().int(),
    /** Lines already imported into this account (same date, amount and description), skipped on import. */
    duplicates: z.number().int(),
    sample: z.array(z.object({ line: z.number().int(), bookedOn: z.string(), amountMinor: z.number().int(), description: z.string() })),
    errors: z.array(importLineError),
  })
  .meta({ id: 'FinanceBankImportPreview' });
export const bankImportResult = z.object({ imported: z.number().int(), duplicates: z.number().int(), errors: z.array(importLineError) }).meta({ id: 'FinanceBankImportResult' });

export const bankTransactionView = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    accountName: z.string(),
    bookedOn: z.string(),
    amountMinor: z.number().int(),
    currency: z.string(),
    description: z.string(),
    category: z.string().nullable(),
    matchedClaimId: z.uuid().nullable(),
    matchedClaimMerchant: z.string().nullable(),
    /** Approved claims of this amount near this date, closest first; a person confirms one. */
    suggestions: z.array(z.object({ claimId: z.uuid(), claimantName: z.string(), merchant: z.string(), spentOn: z.string(), daysApart: z.number().int() })),
  })
  .meta({ id: 'FinanceBankTransaction' });
export const bankTransactionQuery = z.object({
  accountId: id('bank account').optional(),
  month: month.optional(),
  unmatched: z.enum(['true', 'false'], { error: 'unmatched is true or false.' }).optional(),
  limit: queryInteger({ field: 'page size (limit)', min: 1, max: 200 }).default(100),
  offset: queryInteger({ field: 'offset', min: 0, max: 1_000_000 }).default(0),
});
export const bankTransactionList = z.object({ transactions: z.array(bankTransactionView), total: z.number().int() }).meta({ id: 'FinanceBankTransactionList' });
export const bankTransactionUpdate = z
  .object({ category: text({ field: 'category', max: 80 }).nullable() })
  .meta({ id: 'FinanceBankTransactionUpdate' });
export const transactionMatchInput = z.object({ claimId: z.uuid({ error: 'Choose the claim this payment is.' }) }).meta({ id: 'FinanceTransactionMatchInput' });

// ---- CRM deals invoiced (income from sales) ----
export const invoicedDealView = z
  .object({ dealId: z.uuid(), title: z.string(), valueMinor: z.number().int(), currency: z.string(), wonAt: z.string().nullable(), invoicedOn: z.string().nullable() })
  .meta({ id: 'FinanceWonDeal' });
export const invoicedDealList = z.object({ crmActive: z.boolean(), deals: z.array(invoicedDealView) }).meta({ id: 'FinanceWonDealList' });
export const markInvoicedInput = z.object({ invoicedOn: isoDate('invoice date').nullable() }).meta({ id: 'FinanceMarkInvoicedInput' });

// ---- Profit and loss ----
export const profitAndLossQuery = z.object({ month });
const pnlLine = z.object({ category: z.string(), amountMinor: z.number().int() });
export const profitAndLossView = z
  .object({
    month: z.string(),
    currency: z.string(),
    income: z.array(pnlLine),
    expenses: z.array(pnlLine),
    incomeTotalMinor: z.number().int(),
    expenseTotalMinor: z.number().int(),
    netMinor: z.number().int(),
    otherCurrencyRecords: z.number().int(),
  })
  .meta({ id: 'FinanceProfitAndLoss' });
