/**
 * A month's profit and loss, computed from what Finance holds, in integer minor units of one
 * currency: income is the categorised money in (bank credits with a category, and won CRM
 * deals marked as invoiced that month), expenses are the approved and reimbursed claims of
 * the month by their category plus categorised money out that no claim explains (a bank debit
 * matched to a claim is that claim, counted once). Other currencies are left out and counted,
 * so the page can say so rather than add euros to pounds.
 */
export interface ProfitAndLossInput {
  month: string;
  currency: string;
  transactions: ReadonlyArray<{ bookedOn: string; amountMinor: number; currency: string; category: string | null; matchedClaimId: string | null }>;
  claims: ReadonlyArray<{ id: string; spentOn: string; amountMinor: number; currency: string; category: string; status: string }>;
  invoicedDeals: ReadonlyArray<{ invoicedOn: string; valueMinor: number; currency: string }>;
}

export interface ProfitAndLossLine {
  category: string;
  amountMinor: number;
}

export interface ProfitAndLoss {
  month: string;
  currency: string;
  income: ProfitAndLossLine[];
  expenses: ProfitAndLossLine[];
  incomeTotalMinor: number;
  expenseTotalMinor: number;
  /** Income less expenses; negative is a loss. */
  netMinor: number;
  /** Records of the month in another currency, not added in. */
  otherCurrencyRecords: number;
}

/** Sales from CRM: the income line of invoiced won deals. */
export const invoicedDealsCategory = 'Invoiced sales (CRM)';
const countedClaimStatuses = new Set(['approved', 'reimbursed']);

const inMonth = (date: string, month: string) => date.slice(0, 7) === month;

function lines(totals: Map<string, number>): ProfitAndLossLine[] {
  return [...totals.entries()].map(([category, amountMinor]) => ({ category, amountMinor })).sort((a, b) => b.amountMinor - a.amountMinor || a.category.localeCompare(b.category));
}

function add(totals: Map<string, number>, category: string, amountMinor: number) {
  totals.set(category, (totals.get(category) ?? 0) + amountMinor);
}

export function profitAndLoss(input: ProfitAndLossInput): ProfitAndLoss {
  const income = new Map<string, number>();
  const expenses = new Map<string, number>();
  let other = 0;
  for (const transaction of input.transactions) {
    if (!inMonth(transaction.bookedOn, input.month) || transaction.category === null || transaction.matchedClaimId !== null || transaction.amountMinor === 0) continue;
    if (transaction.currency !== input.currency) {
      other += 1;
      continue;
    }
    if (transaction.amountMinor > 0) add(income, transaction.category, transaction.amountMinor);
    else add(expenses, transaction.category, -transaction.amountMinor);
  }
  for (const deal of input.invoicedDeals) {
    if (!inMonth(deal.invoicedOn, input.month)) continue;
    if (deal.currency !== input.currency) other += 1;
    else add(income, invoicedDealsCategory, deal.valueMinor);
  }
  for (const claim of input.claims) {
    if (!inMonth(claim.spentOn, input.month) || !countedClaimStatuses.has(claim.status)) continue;
    if (claim.currency !== input.currency) other += 1;
    else add(expenses, claim.category, claim.amountMinor);
  }
  const sum = (totals: Map<string, number>) => [...totals.values()].reduce((total, amount) => total + amount, 0);
  const incomeTotalMinor = sum(income);
  const expenseTotalMinor = sum(expenses);
  return {
    month: input.month,
    currency: input.currency,
    income: lines(income),
    expenses: lines(expenses),
    incomeTotalMinor,
    expenseTotalMinor,
    netMinor: incomeTotalMinor - expenseTotalMinor,
    otherCurrencyRecords: other,
  };
}

/** The month as a CSV a bookkeeper opens: one line per category, amounts in major units with two decimals. */
export function profitAndLossCsv(report: ProfitAndLoss): string {
  const amount = (minor: number) => `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, '0')}`;
  const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rows = [
    ['Month', 'Section', 'Category', `Amount (${report.currency})`],
    ...report.income.map((line) => [report.month, 'Income', line.category, amount(line.amountMinor)]),
    [report.month, 'Income', 'Total income', amount(report.incomeTotalMinor)],
    ...report.expenses.map((line) => [report.month, 'Expenses', line.category, amount(line.amountMinor)]),
    [report.month, 'Expenses', 'Total expenses', amount(report.expenseTotalMinor)],
    [report.month, 'Net', 'Profit or loss', amount(report.netMinor)],
  ];
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
