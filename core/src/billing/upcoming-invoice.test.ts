import { describe, expect, it } from 'vitest';
import { billingPeriod } from './calendar';
import { money } from './money';
import type { Subscription } from './subscription';
import { upcomingInvoice } from './upcoming-invoice';

const eur = (amount: number) => money(amount, 'EUR');

/** Growth, 12 seats, CRM and HR, a German company without a VAT id. */
const growth: Subscription = {
  plan: 'growth',
  cycle: 'monthly',
  seats: 12,
  modules: ['crm', 'hr'],
  currency: 'EUR',
  country: 'DE',
  taxId: null,
  scheduledChanges: [],
};
const april = billingPeriod('2026-04-01', 'monthly', 0);

describe('the upcoming invoice', () => {
  it('bills May in advance on 1 May', () => {
    // 9900 + 2 × 700 + 1900 + 1500 = 14700; VAT 19% = 2793; total 17493
    const invoice = upcomingInvoice(growth, april);
    expect(invoice.period).toMatchObject({ start: '2026-05-01', end: '2026-06-01', days: 31, index: 1 });
    expect(invoice.lines.map((line) => [line.kind, line.quantity, line.amount.amount])).toEqual([
      ['plan', 1, 9900],
      ['seats', 2, 1400],
      ['module', 1, 1900],
      ['module', 1, 1500],
    ]);
    expect(invoice.subtotal).toEqual(eur(14700));
    expect(invoice.tax.amount).toEqual(eur(2793));
    expect(invoice.total).toEqual(eur(17493));
    expect(invoice.appliedChanges).toEqual([]);
  });

  it('applies the scheduled downgrades: fewer seats and CRM removed', () => {
    const downgrading: Subscription = {
      ...growth,
      scheduledChanges: [
        { kind: 'seats', to: 10, effectiveOn: '2026-05-01' },
        { kind: 'remove_module', module: 'crm', effectiveOn: '2026-05-01' },
      ],
    };
    // 9900 + 1500 = 11400; VAT 19% = 2166; total 13566
    const invoice = upcomingInvoice(downgrading, april);
    expect(invoice.lines.map((line) => line.description)).toEqual(['Growth plan, monthly', 'HR module, monthly']);
    expect(invoice.total).toEqual(eur(13566));
    expect(invoice.appliedChanges).toHaveLength(2);
    expect(invoice.subscription).toMatchObject({ seats: 10, modules: ['hr'], scheduledChanges: [] });
  });

  it('a move down to Starter with 4 seats', () => {
    const downgrading: Subscription = {
      ...growth,
      // One seat bought on top of Growth's ten stays on Starter: its three and that one.
      seats: 11,
      modules: ['crm'],
      scheduledChanges: [{ kind: 'plan', to: 'starter', effectiveOn: '2026-05-01' }],
    };
    // Starter 2900 + 1 extra seat × 800 + CRM 1900 = 5600; VAT 19% = 1064; total 6664
    const invoice = upcomingInvoice(downgrading, april);
    expect(invoice.subtotal).toEqual(eur(5600));
    expect(invoice.total).toEqual(eur(6664));
  });

  it('a company anchored on 31 January is billed on 28 February for a 31-day period', () => {
    const january = billingPeriod('2026-01-31', 'monthly', 0);
    expect(upcomingInvoice(growth, january).period).toMatchObject({ start: '2026-02-28', end: '2026-03-31', days: 31 });
  });

  it('an annual company anchored on 29 February renews on 28 February 2026, reverse charged for a French business', () => {
    const annual: Subscription = { ...growth, cycle: 'annual', seats: 10, modules: ['hr'], country: 'FR', taxId: 'FR40303265045' };
    const year = billingPeriod('2024-02-29', 'annual', 1); // 28 Feb 2025 – 28 Feb 2026
    const invoice = upcomingInvoice(annual, year);
    expect(invoice.period).toMatchObject({ start: '2026-02-28', end: '2027-02-28', days: 365 });
    // 99000 + 15000 = 114000; reverse charge, no VAT
    expect(invoice.subtotal).toEqual(eur(114000));
    expect(invoice.tax).toMatchObject({ rate: 0, reverseCharge: true, amount: eur(0) });
    expect(invoice.total).toEqual(eur(114000));
  });

  it('a switch from annual to monthly starts monthly periods on the day the year ends', () => {
    const annual: Subscription = {
      ...growth,
      cycle: 'annual',
      scheduledChanges: [{ kind: 'cycle', to: 'monthly', effectiveOn: '2027-01-31' }],
    };
    const year = billingPeriod('2026-01-31', 'annual', 0);
    const invoice = upcomingInvoice(annual, year);
    expect(invoice.period).toEqual({
      anchor: '2027-01-31', cycle: 'monthly', index: 0, start: '2027-01-31', end: '2027-02-28', days: 28,
    });
    // monthly prices again: 14700 + 19% 2793 = 17493
    expect(invoice.total).toEqual(eur(17493));
  });

  it('an American company on Scale with 30 seats and Finance, in dollars', () => {
    const us: Subscription = { ...growth, plan: 'scale', seats: 30, modules: ['finance'], currency: 'USD', country: 'US' };
    // 32900 + 5 × 650 + 2750 = 32900 + 3250 + 2750 = 38900; no sales tax
    const invoice = upcomingInvoice(us, april);
    expect(invoice.subtotal).toEqual(money(38900, 'USD'));
    expect(invoice.tax.amount).toEqual(money(0, 'USD'));
    expect(invoice.total).toEqual(money(38900, 'USD'));
  });

  it('a British company on Starter with CMS, in pounds', () => {
    const uk: Subscription = { ...growth, plan: 'starter', seats: 3, modules: ['cms'], currency: 'GBP', country: 'GB' };
    // 2500 + 750 = 3250; UK VAT 20% = 650; total 3900
    expect(upcomingInvoice(uk, april).total).toEqual(money(3900, 'GBP'));
  });

  it('a German company billed in dollars: 19 % of $127.50 is $24.225, rounded up to $24.23', () => {
    const dollars: Subscription = { ...growth, seats: 10, modules: ['support'], currency: 'USD' };
    // 10900 + 1850 = 12750; 12750 × 19% = 2422.5 → 2423; total 15173
    const invoice = upcomingInvoice(dollars, april);
    expect(invoice.tax.amount).toEqual(money(2423, 'USD'));
    expect(invoice.total).toEqual(money(15173, 'USD'));
  });

  it('refuses a period of the wrong cycle', () => {
    expect(() => upcomingInvoice({ ...growth, cycle: 'annual' }, april)).toThrow(/monthly/);
  });

  it('serialises to JSON and back unchanged', () => {
    const invoice = upcomingInvoice(growth, april);
    expect(JSON.parse(JSON.stringify(invoice))).toEqual(invoice);
  });
});
