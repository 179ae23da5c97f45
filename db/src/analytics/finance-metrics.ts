import { addCalendarDays, profitAndLoss, wholeMonthsOf, type DateRange, type MetricFacts } from '@atrium/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { day, rows } from './sql';

/**
 * What the company spent, by expense category: approved and reimbursed claims on the day
 * spent, and categorised payments out that no claim explains (a matched payment is its
 * claim, counted once) — the expense side of Finance's profit and loss.
 */
export async function spendByCategory(em: EntityManager, range: DateRange, currency: string): Promise<MetricFacts> {
  const claims = await rows<{ on: string; value: number; category: string }>(
    em,
    `select ${day('c.spent_on')} as on, c.amount_minor as value, s.name as category from finance_expense_claim c join module_setting s on s.id = c.category_id
      where c.status in ('approved', 'reimbursed') and c.currency = ? and c.spent_on between ?::date and ?::date`,
    [currency, range.from, range.to],
  );
  const payments = await rows<{ on: string; value: number; category: string }>(
    em,
    `select ${day('booked_on')} as on, -amount_minor as value, category from finance_bank_transaction
      where amount_minor < 0 and category is not null and matched_claim_id is null and currency = ? and booked_on between ?::date and ?::date`,
    [currency, range.from, range.to],
  );
  return { kind: 'events', rows: [...claims, ...payments].map((row) => ({ on: row.on, value: Number(row.value), category: row.category })) };
}

const monthsOf = (range: DateRange): string[] => {
  const months: string[] = [];
  for (let first = range.from; first <= range.to; first = addCalendarDays(`${first.slice(0, 7)}-28`, 4).slice(0, 7) + '-01') months.push(first.slice(0, 7));
  return months;
};

/**
 * Each month's result (income less expenses) as core's `profitAndLoss` computes it for
 * Finance's own report, dated on the first of the month. Invoiced CRM deals count as income
 * only while the company has CRM, as in Finance.
 */
export async function profitAndLossByMonth(em: EntityManager, range: DateRange, currency: string, withCrm: boolean): Promise<MetricFacts> {
  const months = wholeMonthsOf(range);
  const transactions = await rows<{ booked_on: string; amount_minor: number; currency: string; category: string | null; matched_claim_id: string | null }>(
    em, `select ${day('booked_on')} as booked_on, amount_minor, currency, category, matched_claim_id from finance_bank_transaction where booked_on between ?::date and ?::date`, [months.from, months.to],
  );
  const claims = await rows<{ id: string; spent_on: string; amount_minor: number; currency: string; category: string; status: string }>(
    em,
    `select c.id, ${day('c.spent_on')} as spent_on, c.amount_minor, c.currency, s.name as category, c.status from finance_expense_claim c join module_setting s on s.id = c.category_id
      where c.status in ('approved', 'reimbursed') and c.spent_on between ?::date and ?::date`,
    [months.from, months.to],
  );
  const deals = withCrm
    ? await rows<{ invoiced_on: string; value_minor: number; currency: string }>(em, `select ${day('invoiced_on')} as invoiced_on, value_minor, currency from crm_deal where status = 'won' and invoiced_on between ?::date and ?::date`, [months.from, months.to])
    : [];
  const input = {
    currency,
    transactions: transactions.map((row) => ({ bookedOn: row.booked_on, amountMinor: Number(row.amount_minor), currency: row.currency, category: row.category, matchedClaimId: row.matched_claim_id })),
    claims: claims.map((row) => ({ id: row.id, spentOn: row.spent_on, amountMinor: Number(row.amount_minor), currency: row.currency, category: row.category, status: row.status })),
    invoicedDeals: deals.map((row) => ({ invoicedOn: row.invoiced_on, valueMinor: Number(row.value_minor), currency: row.currency })),
  };
  return { kind: 'events', rows: monthsOf(months).map((month) => ({ on: `${month}-01`, value: profitAndLoss({ ...input, month }).netMinor })) };
}
