import { describe, expect, it } from 'vitest';
import { buildInvoice, invoiceLine } from './invoice';
import { money } from './money';
import { recurringLines, recurringTotal } from './recurring-lines';
import type { Subscription } from './subscription';

const eur = (amount: number) => money(amount, 'EUR');

const growth: Subscription = {
  plan: 'growth',
  cycle: 'monthly',
  seats: 12,
  modules: ['hr', 'crm'],
  currency: 'EUR',
  country: 'DE',
  taxId: null,
  scheduledChanges: [],
};

describe('invoice lines and totals', () => {
  it('a line is its unit amount times its quantity', () => {
    // 7 × 700 = 4900
    expect(invoiceLine('seats', 'Extra seats', 7, eur(700))).toEqual({
      kind: 'seats', description: 'Extra seats', quantity: 7, unitAmount: eur(700), amount: eur(4900),
    });
  });

  it('a month of Growth with 12 seats, CRM and HR, for a German company', () => {
    const lines = recurringLines(growth);
    expect(lines).toEqual([
      { kind: 'plan', description: 'Growth plan, monthly', quantity: 1, unitAmount: eur(9900), amount: eur(9900) },
      {
        kind: 'seats',
        description: 'Extra seats beyond the 10 included in Growth, monthly',
        quantity: 2,
        unitAmount: eur(700),
        amount: eur(1400),
      },
      // catalog order, whatever the order they were bought in
      { kind: 'module', description: 'CRM module, monthly', quantity: 1, unitAmount: eur(1900), amount: eur(1900) },
      { kind: 'module', description: 'HR module, monthly', quantity: 1, unitAmount: eur(1500), amount: eur(1500) },
    ]);
    // 9900 + 1400 + 1900 + 1500 = 14700; VAT 19% = 2793; total 17493
    const invoice = buildInvoice('EUR', lines, growth);
    expect(invoice.subtotal).toEqual(eur(14700));
    expect(invoice.tax).toEqual({ country: 'DE', rate: 1900, reverseCharge: false, note: 'VAT 19% (DE)', amount: eur(2793) });
    expect(invoice.total).toEqual(eur(17493));
    expect(recurringTotal(growth)).toEqual(eur(14700));
  });

  it('a year of the same subscription costs ten months', () => {
    // 99000 + 2 × 7000 + 19000 + 15000 = 147000 = 10 × 14700
    expect(recurringTotal({ ...growth, cycle: 'annual' })).toEqual(eur(147000));
  });

  it('no seats line when the plan’s included seats suffice', () => {
    expect(recurringLines({ ...growth, seats: 10, modules: [] }).map((line) => line.kind)).toEqual(['plan']);
  });

  it('tax is rounded once on the subtotal, not per line', () => {
    // Two lines of 3: per line 3 × 19% = 0.57 → 1, twice = 2; on the subtotal 6 × 19% = 1.14 → 1.
    const threes = [invoiceLine('proration', 'a', 1, eur(3)), invoiceLine('proration', 'b', 1, eur(3))];
    expect(buildInvoice('EUR', threes, { country: 'DE' }).tax.amount).toEqual(eur(1));
    // Four lines of 2: per line 0.38 → 0, so 0; on the subtotal 8 × 19% = 1.52 → 2.
    const twos = [1, 2, 3, 4].map((n) => invoiceLine('proration', `line ${n}`, 1, eur(2)));
    expect(buildInvoice('EUR', twos, { country: 'DE' }).tax.amount).toEqual(eur(2));
  });

  it('Growth alone for a Finnish consumer: 25.5 % of €99.00 is €25.245, rounded up to €25.25', () => {
    // 9900 × 2550 / 10000 = 2524.5 → 2525; total 12425
    const invoice = buildInvoice('EUR', recurringLines({ ...growth, seats: 10, modules: [], country: 'FI' }), { country: 'FI' });
    expect(invoice.tax.amount).toEqual(eur(2525));
    expect(invoice.total).toEqual(eur(12425));
  });

  it('a credit line lowers the subtotal before tax', () => {
    // 99000 − 4684 = 94316; 19%: 17920.04 → 17920; total 112236
    const lines = [invoiceLine('plan', 'Growth plan, annual', 1, eur(99000)), invoiceLine('proration', 'Unused monthly time', 1, eur(-4684))];
    const invoice = buildInvoice('EUR', lines, { country: 'DE' });
    expect(invoice.subtotal).toEqual(eur(94316));
    expect(invoice.tax.amount).toEqual(eur(17920));
    expect(invoice.total).toEqual(eur(112236));
  });

  it('an empty invoice is zero', () => {
    const invoice = buildInvoice('GBP', [], { country: 'GB' });
    expect(invoice.subtotal).toEqual(money(0, 'GBP'));
    expect(invoice.total).toEqual(money(0, 'GBP'));
  });

  it('refuses lines in another currency than the invoice’s', () => {
    expect(() => buildInvoice('EUR', [invoiceLine('plan', 'Growth', 1, money(10900, 'USD'))], { country: 'DE' })).toThrow(/EUR and USD/);
  });
});
