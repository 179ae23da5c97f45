import { describe, expect, it } from 'vitest';
import { parseBankCsv, parseStatementAmount, parseStatementDate } from './bank-csv';
import { suggestClaimMatches } from './claim-matching';

describe('reading a bank statement', () => {
  it('reads amounts as banks print them, in cents', () => {
    expect(['1,234.56', '-12.30', '12,30', '1.234,56', '(45.00)', '€9.99', '100', '7.5', '20.00-', 'abc', '', '1.2.3,4'].map(parseStatementAmount)).toEqual([
      123_456, -1_230, 1_230, 123_456, -4_500, 999, 10_000, 750, -2_000, null, null, 123_40,
    ]);
  });

  it('reads dates day-first unless told the bank is American', () => {
    expect([parseStatementDate('2027-03-04', 'dmy'), parseStatementDate('04/03/2027', 'dmy'), parseStatementDate('04/03/2027', 'mdy'), parseStatementDate('31.02.2027', 'dmy'), parseStatementDate('soon', 'dmy')]).toEqual([
      '2027-03-04', '2027-03-04', '2027-04-03', null, null,
    ]);
  });

  it('suggests the mapping from the headers, reports bad lines by their line number', () => {
    const csv = 'Booking date;Details;Amount\n02.03.2027;ACME Ltd invoice 17;4.200,00\nnot a date;Coffee;-3,10\n12.03.2027;Reimbursement Eve;-89,99\n';
    const result = parseBankCsv(csv, undefined);
    expect(result.mapping).toEqual({ 'Booking date': 'date', Details: 'description', Amount: 'amount' });
    expect(result.rows).toEqual([
      { line: 2, bookedOn: '2027-03-02', amountMinor: 420_000, description: 'ACME Ltd invoice 17' },
      { line: 4, bookedOn: '2027-03-12', amountMinor: -8_999, description: 'Reimbursement Eve' },
    ]);
    expect(result.errors).toEqual([{ line: 3, message: '“not a date” is not a date we can read; use 2027-03-31 or 31/03/2027.' }]);
  });

  it('takes money out and money in columns through a mapping, and refuses a mapping that cannot work', () => {
    const csv = 'When,What,Out,In\n2027-03-01,Rent,1500.00,\n2027-03-02,Client,,250.00\n';
    const mapping = { When: 'date', What: 'description', Out: 'debit', In: 'credit' } as const;
    expect(parseBankCsv(csv, mapping).rows.map((row) => row.amountMinor)).toEqual([-150_000, 25_000]);
    expect(parseBankCsv(csv, { When: 'date', What: 'description', Out: 'ignore', In: 'ignore' }).errors[0]?.message).toBe('Map a column to Amount, or columns to Money out and Money in.');
    expect(parseBankCsv(csv, { When: 'date', What: 'date' }).errors[0]?.message).toBe('Two columns are mapped to Date; map one of them to “Ignore”.');
    expect(parseBankCsv(csv, { Nope: 'date' }).errors[0]?.message).toBe('The mapping names a column the file does not have: Nope.');
  });
});

describe('suggesting which claim a payment is', () => {
  const claims = [
    { claimId: 'a', amountMinor: 8_999, currency: 'EUR', spentOn: '2027-03-08' },
    { claimId: 'b', amountMinor: 8_999, currency: 'EUR', spentOn: '2027-03-11' },
    { claimId: 'c', amountMinor: 8_999, currency: 'GBP', spentOn: '2027-03-11' },
    { claimId: 'd', amountMinor: 8_999, currency: 'EUR', spentOn: '2027-01-11' },
    { claimId: 'e', amountMinor: 9_000, currency: 'EUR', spentOn: '2027-03-11' },
  ];
  it('same amount paid out, same currency, within two weeks, closest first', () => {
    expect(suggestClaimMatches({ amountMinor: -8_999, currency: 'EUR', bookedOn: '2027-03-12' }, claims)).toEqual([
      { claimId: 'b', daysApart: 1 },
      { claimId: 'a', daysApart: 4 },
    ]);
    expect(suggestClaimMatches({ amountMinor: 8_999, currency: 'EUR', bookedOn: '2027-03-12' }, claims)).toEqual([]);
  });
});
