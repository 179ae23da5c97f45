import { describe, expect, it } from 'vitest';
import { invoicedDealsCategory, profitAndLoss, profitAndLossCsv } from './profit-and-loss';

/**
 * March 2027 of a small agency, worked out by hand:
 *   income   Consulting 4,200.00 + 1,337.45 = 5,537.45; Interest 0.03; invoiced CRM deal 2,500.00 → 8,037.48
 *   expenses Travel 412.30 + 89.99 = 502.29 (the 89.99 debit is claim c2, counted once);
 *            Software 49.00 (an unclaimed card payment) + 19.99 (claim) = 68.99; Meals 23.40 → 594.68
 *   net      8,037.48 − 594.68 = 7,442.80
 */
const march = {
  month: '2027-03',
  currency: 'EUR',
  transactions: [
    { bookedOn: '2027-03-02', amountMinor: 420_000, currency: 'EUR', category: 'Consulting', matchedClaimId: null },
    { bookedOn: '2027-03-19', amountMinor: 133_745, currency: 'EUR', category: 'Consulting', matchedClaimId: null },
    { bookedOn: '2027-03-31', amountMinor: 3, currency: 'EUR', category: 'Interest', matchedClaimId: null },
    // Not categorised: a transfer between own accounts stays out of the P&L.
    { bookedOn: '2027-03-05', amountMinor: 1_000_000, currency: 'EUR', category: null, matchedClaimId: null },
    { bookedOn: '2027-03-10', amountMinor: -4_900, currency: 'EUR', category: 'Software', matchedClaimId: null },
    // The reimbursement of claim c2: the claim is the expense, this debit is not counted again.
    { bookedOn: '2027-03-12', amountMinor: -8_999, currency: 'EUR', category: 'Travel', matchedClaimId: 'c2' },
    // Another month and another currency.
    { bookedOn: '2027-04-01', amountMinor: 50_000, currency: 'EUR', category: 'Consulting', matchedClaimId: null },
    { bookedOn: '2027-03-15', amountMinor: 10_000, currency: 'GBP', category: 'Consulting', matchedClaimId: null },
  ],
  claims: [
    { id: 'c1', spentOn: '2027-03-03', amountMinor: 41_230, currency: 'EUR', category: 'Travel', status: 'reimbursed' },
    { id: 'c2', spentOn: '2027-03-08', amountMinor: 8_999, currency: 'EUR', category: 'Travel', status: 'approved' },
    { id: 'c3', spentOn: '2027-03-09', amountMinor: 1_999, currency: 'EUR', category: 'Software', status: 'approved' },
    { id: 'c4', spentOn: '2027-03-21', amountMinor: 2_340, currency: 'EUR', category: 'Meals', status: 'reimbursed' },
    // Not (yet) an expense of the company: waiting, refused, a draft.
    { id: 'c5', spentOn: '2027-03-22', amountMinor: 99_999, currency: 'EUR', category: 'Travel', status: 'submitted' },
    { id: 'c6', spentOn: '2027-03-23', amountMinor: 5_000, currency: 'EUR', category: 'Meals', status: 'rejected' },
    { id: 'c7', spentOn: '2027-03-24', amountMinor: 7_000, currency: 'EUR', category: 'Meals', status: 'draft' },
    { id: 'c8', spentOn: '2027-02-28', amountMinor: 7_000, currency: 'EUR', category: 'Meals', status: 'approved' },
  ],
  invoicedDeals: [
    { invoicedOn: '2027-03-30', valueMinor: 250_000, currency: 'EUR' },
    { invoicedOn: '2027-02-27', valueMinor: 990_000, currency: 'EUR' },
  ],
};

describe('the monthly profit and loss', () => {
  it('adds up March 2027 to the cent', () => {
    const report = profitAndLoss(march);
    expect(report.income).toEqual([
      { category: 'Consulting', amountMinor: 553_745 },
      { category: invoicedDealsCategory, amountMinor: 250_000 },
      { category: 'Interest', amountMinor: 3 },
    ]);
    expect(report.expenses).toEqual([
      { category: 'Travel', amountMinor: 50_229 },
      { category: 'Software', amountMinor: 6_899 },
      { category: 'Meals', amountMinor: 2_340 },
    ]);
    expect([report.incomeTotalMinor, report.expenseTotalMinor, report.netMinor]).toEqual([803_748, 59_468, 744_280]);
    expect(report.otherCurrencyRecords).toBe(1);
  });

  it('a month with nothing in it is all zero, and a loss is negative', () => {
    expect(profitAndLoss({ ...march, month: '2026-12' })).toMatchObject({ income: [], expenses: [], netMinor: 0 });
    const loss = profitAndLoss({ month: '2027-03', currency: 'EUR', transactions: [], invoicedDeals: [], claims: [march.claims[0]!] });
    expect(loss.netMinor).toBe(-41_230);
  });

  it('exports the month as CSV in major units', () => {
    const csv = profitAndLossCsv(profitAndLoss(march));
    expect(csv.split('\r\n')).toEqual([
      'Month,Section,Category,Amount (EUR)',
      '2027-03,Income,Consulting,5537.45',
      '2027-03,Income,Invoiced sales (CRM),2500.00',
      '2027-03,Income,Interest,0.03',
      '2027-03,Income,Total income,8037.48',
      '2027-03,Expenses,Travel,502.29',
      '2027-03,Expenses,Software,68.99',
      '2027-03,Expenses,Meals,23.40',
      '2027-03,Expenses,Total expenses,594.68',
      '2027-03,Net,Profit or loss,7442.80',
      '',
    ]);
    expect(profitAndLossCsv(profitAndLoss({ month: '2027-03', currency: 'EUR', transactions: [], invoicedDeals: [], claims: [march.claims[3]!] })).split('\r\n').at(-2)).toBe('2027-03,Net,Profit or loss,-23.40');
  });
});
