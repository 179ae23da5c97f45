import { describe, expect, it } from 'vitest';
import { billingPeriod } from './calendar';
import { changeSubscription, type ChangeResult } from './change-subscription';
import { money } from './money';
import type { Subscription } from './subscription';

/** A German company on Growth, monthly, 10 seats (all included), with CRM. */
const growth: Subscription = {
  plan: 'growth',
  cycle: 'monthly',
  seats: 10,
  modules: ['crm'],
  currency: 'EUR',
  country: 'DE',
  taxId: null,
  scheduledChanges: [],
};

/** April 2026: 1 April up to 1 May, 30 days. */
const april = billingPeriod('2026-04-01', 'monthly', 0);
/** Anchored on 31 January: 28 February up to 31 March, 31 days. */
const marchOf31st = billingPeriod('2026-01-31', 'monthly', 1);
/** February 2026 for a subscription anchored on the 1st: 28 days. */
const february = billingPeriod('2026-02-01', 'monthly', 0);

function applied(result: ChangeResult) {
  if (result.outcome !== 'applied') throw new Error(`expected applied, got ${JSON.stringify(result)}`);
  return result;
}
function scheduled(result: ChangeResult) {
  if (result.outcome !== 'scheduled') throw new Error(`expected scheduled, got ${JSON.stringify(result)}`);
  return result;
}
function refused(result: ChangeResult) {
  if (result.outcome !== 'refused') throw new Error(`expected refused, got ${JSON.stringify(result)}`);
  return result;
}

describe('adding a module', () => {
  it('a company on Growth that adds HR mid-month is charged for the remaining 17 days', () => {
    // 14 April → 1 May = 17 of 30 days; HR €15.00: 1500 × 17 / 30 = 850
    const result = applied(changeSubscription(growth, april, { kind: 'add_module', module: 'hr' }, new Date('2026-04-14T10:00:00Z')));
    expect(result.window).toEqual({ remainingDays: 17, periodDays: 30 });
    expect(result.charge).toEqual(money(850, 'EUR'));
    expect(result.lines).toEqual([
      { kind: 'proration', description: 'HR module, 17 of 30 days', quantity: 1, unitAmount: money(850, 'EUR'), amount: money(850, 'EUR') },
    ]);
    expect(result.subscription.modules).toEqual(['crm', 'hr']);
    // German VAT: 850 × 19% = 161.5 → 162; total 850 + 162 = 1012
    expect(result.invoice?.tax.amount).toEqual(money(162, 'EUR'));
    expect(result.invoice?.total).toEqual(money(1012, 'EUR'));
  });

  it('a module added on the last day of the period costs one day', () => {
    // 30 April → 1 May = 1 of 30 days; CRM €19.00: 1900 × 1 / 30 = 63.33 → 63
    const noCrm = { ...growth, modules: [] };
    const result = applied(changeSubscription(noCrm, april, { kind: 'add_module', module: 'crm' }, '2026-04-30'));
    expect(result.charge).toEqual(money(63, 'EUR'));
  });

  it('a module added on the first day of the period costs the full month', () => {
    // 30 of 30 days: 1900
    const result = applied(changeSubscription({ ...growth, modules: [] }, april, { kind: 'add_module', module: 'crm' }, '2026-04-01'));
    expect(result.charge).toEqual(money(1900, 'EUR'));
  });

  it('an American company adding Support a week before the end of February pays $4.63: half a cent rounds up', () => {
    // 22 February → 1 March = 7 of 28 days; Support $18.50: 1850 × 7 / 28 = 462.5 → 463
    const us: Subscription = { ...growth, currency: 'USD', country: 'US', modules: [] };
    const result = applied(changeSubscription(us, february, { kind: 'add_module', module: 'support' }, '2026-02-22'));
    expect(result.charge).toEqual(money(463, 'USD'));
    // no US sales tax: total = 463
    expect(result.invoice?.total).toEqual(money(463, 'USD'));
  });

  it('Finance in dollars on the same day: 687.5 cents round up to $6.88', () => {
    // 2750 × 7 / 28 = 687.5 → 688
    const us: Subscription = { ...growth, currency: 'USD', country: 'US', modules: [] };
    const result = applied(changeSubscription(us, february, { kind: 'add_module', module: 'finance' }, '2026-02-22'));
    expect(result.charge).toEqual(money(688, 'USD'));
  });

  it('a British company adding Analytics mid-April pays UK VAT on the prorated price', () => {
    // Analytics £19.00: 1900 × 17 / 30 = 1076.67 → 1077; VAT 20%: 215.4 → 215; total 1292
    const uk: Subscription = { ...growth, currency: 'GBP', country: 'GB' };
    const result = applied(changeSubscription(uk, april, { kind: 'add_module', module: 'analytics' }, '2026-04-14'));
    expect(result.charge).toEqual(money(1077, 'GBP'));
    expect(result.invoice?.tax.amount).toEqual(money(215, 'GBP'));
    expect(result.invoice?.total).toEqual(money(1292, 'GBP'));
  });

  it('a French business with a VAT id is charged without VAT, under the reverse charge', () => {
    const french: Subscription = { ...growth, country: 'FR', taxId: 'FR40303265045' };
    const result = applied(changeSubscription(french, april, { kind: 'add_module', module: 'hr' }, '2026-04-14'));
    // 850, no VAT
    expect(result.invoice?.tax).toMatchObject({ rate: 0, reverseCharge: true, amount: money(0, 'EUR') });
    expect(result.invoice?.total).toEqual(money(850, 'EUR'));
  });

  it('a module that is already active is refused', () => {
    const result = refused(changeSubscription(growth, april, { kind: 'add_module', module: 'crm' }, '2026-04-14'));
    expect(result.error).toBe('module_already_active');
    expect(result.message).toBe('CRM is already active.');
  });
});

describe('upgrading the plan', () => {
  it('a Starter company with 5 seats moving to Growth on 14 March pays for 17 of 31 days', () => {
    // Anchored 31 January, period 28 Feb – 31 Mar (31 days); 14 → 31 March = 17 days.
    // Starter with 5 seats: 2900 + 2 extra × 800 = 4500; Growth includes 10 seats: 9900.
    // round(9900 × 17/31) − round(4500 × 17/31) = round(5429.03) − round(2467.74) = 5429 − 2468 = 2961
    const starter: Subscription = { ...growth, plan: 'starter', seats: 5, modules: [] };
    const result = applied(changeSubscription(starter, marchOf31st, { kind: 'plan', to: 'growth' }, '2026-03-14'));
    expect(result.window).toEqual({ remainingDays: 17, periodDays: 31 });
    expect(result.charge).toEqual(money(2961, 'EUR'));
    expect(result.lines[0]?.description).toBe('Upgrade from Starter to Growth, 17 of 31 days');
    expect(result.subscription.plan).toBe('growth');
    // Growth's ten included seats are the company's now (it had 5): seats are paid for, not lost.
    expect(result.subscription.seats).toBe(10);
    // 2961 × 19% = 562.59 → 563; total 3524
    expect(result.invoice?.total).toEqual(money(3524, 'EUR'));
  });

  it('a Growth company with 30 seats moving to Scale in dollars with 10 days left', () => {
    // 21 April → 1 May = 10 of 30 days.
    // Growth: 10900 + 20 × 800 = 26900; Scale includes 25: 32900 + 5 × 650 = 36150.
    // round(36150 × 10/30) − round(26900 × 10/30) = 12050 − round(8966.67) = 12050 − 8967 = 3083
    const us: Subscription = { ...growth, seats: 30, currency: 'USD', country: 'US' };
    const result = applied(changeSubscription(us, april, { kind: 'plan', to: 'scale' }, '2026-04-21'));
    expect(result.charge).toEqual(money(3083, 'USD'));
    expect(result.subscription.seats).toBe(30);
  });

  it('an upgrade on the first day of the period charges the full difference', () => {
    // 30 of 30 days: 9900 − 2900 = 7000
    const starter: Subscription = { ...growth, plan: 'starter', seats: 3 };
    const result = applied(changeSubscription(starter, april, { kind: 'plan', to: 'growth' }, '2026-04-01'));
    expect(result.charge).toEqual(money(7000, 'EUR'));
  });

  it('an upgrade on the last day of the period charges one day of the difference', () => {
    // 1 of 30 days: round(9900/30) − round(2900/30) = 330 − round(96.67) = 330 − 97 = 233
    const starter: Subscription = { ...growth, plan: 'starter', seats: 3 };
    const result = applied(changeSubscription(starter, april, { kind: 'plan', to: 'growth' }, new Date('2026-04-30T23:59:00Z')));
    expect(result.charge).toEqual(money(233, 'EUR'));
  });

  it('an annual Starter company upgrading to Growth in July pays for 198 of 365 days', () => {
    // Period 15 Jan 2026 – 15 Jan 2027 (365 days); 1 July → 15 January = 184 + 14 = 198 days.
    // Annual: Starter 29000, Growth 99000.
    // round(99000 × 198/365) − round(29000 × 198/365) = round(53704.11) − round(15731.51) = 53704 − 15732 = 37972
    const annual: Subscription = { ...growth, plan: 'starter', seats: 3, cycle: 'annual', modules: [] };
    const year = billingPeriod('2026-01-15', 'annual', 0);
    const result = applied(changeSubscription(annual, year, { kind: 'plan', to: 'growth' }, '2026-07-01'));
    expect(result.window).toEqual({ remainingDays: 198, periodDays: 365 });
    expect(result.charge).toEqual(money(37972, 'EUR'));
  });

  it('an upgrade cancels a plan downgrade that was waiting for the period end', () => {
    const waiting: Subscription = { ...growth, seats: 4, scheduledChanges: [{ kind: 'plan', to: 'starter', effectiveOn: '2026-05-01' }] };
    const result = applied(changeSubscription(waiting, april, { kind: 'plan', to: 'scale' }, '2026-04-01'));
    // 29900 − 9900 = 20000 on the first day
    expect(result.charge).toEqual(money(20000, 'EUR'));
    expect(result.subscription.scheduledChanges).toEqual([]);
  });
});

describe('adding seats', () => {
  it('a Growth company going from 12 to 15 seats mid-April pays for 3 seats over 17 days', () => {
    // 12 seats: 9900 + 2 × 700 = 11300; 15 seats: 9900 + 5 × 700 = 13400.
    // round(13400 × 17/30) − round(11300 × 17/30) = round(7593.33) − round(6403.33) = 7593 − 6403 = 1190
    const result = applied(changeSubscription({ ...growth, seats: 12 }, april, { kind: 'seats', to: 15 }, '2026-04-14'));
    expect(result.charge).toEqual(money(1190, 'EUR'));
    expect(result.lines[0]?.description).toBe('Seats from 12 to 15, 17 of 30 days');
    expect(result.subscription.seats).toBe(15);
  });

  it('from 8 to 12 seats, only the two beyond the included ten are charged', () => {
    // 8 seats: 9900; 12 seats: 9900 + 2 × 700 = 11300; round(11300 × 17/30) − round(9900 × 17/30)
    // = round(6403.33) − 5610 = 6403 − 5610 = 793
    const result = applied(changeSubscription({ ...growth, seats: 8 }, april, { kind: 'seats', to: 12 }, '2026-04-14'));
    expect(result.charge).toEqual(money(793, 'EUR'));
  });

  it('seats within the plan’s included seats cost nothing and take effect at once', () => {
    const starter: Subscription = { ...growth, plan: 'starter', seats: 2 };
    const result = applied(changeSubscription(starter, april, { kind: 'seats', to: 3 }, '2026-04-14'));
    expect(result.charge).toEqual(money(0, 'EUR'));
    expect(result.lines).toEqual([]);
    expect(result.invoice).toBeNull();
    expect(result.subscription.seats).toBe(3);
  });

  it('seats beyond the plan’s limit are refused', () => {
    const starter: Subscription = { ...growth, plan: 'starter', seats: 5 };
    const result = refused(changeSubscription(starter, april, { kind: 'seats', to: 6 }, '2026-04-14'));
    expect(result.error).toBe('seat_limit_reached');
    expect(result.message).toMatch(/^Starter allows up to 5 seats/);
  });

  it('seats that would not fit the plan a company is moving down to are refused', () => {
    // Growth (10 included), Starter (3 included, limit 5) from 1 May: 15 seats would be 8 on Starter
    const waiting: Subscription = { ...growth, seats: 10, scheduledChanges: [{ kind: 'plan', to: 'starter', effectiveOn: '2026-05-01' }] };
    expect(refused(changeSubscription(waiting, april, { kind: 'seats', to: 15 }, '2026-04-14')).error).toBe('seat_limit_reached');
  });

  it('refuses a fraction of a seat', () => {
    expect(() => changeSubscription(growth, april, { kind: 'seats', to: 11.5 }, '2026-04-14')).toThrow(RangeError);
    expect(() => changeSubscription(growth, april, { kind: 'seats', to: 0 }, '2026-04-14')).toThrow(RangeError);
  });
});

describe('downgrades and removals wait for the period end', () => {
  it('a Growth company moving down to Starter keeps Growth until 1 May and gets no refund', () => {
    const small: Subscription = { ...growth, seats: 4 };
    const result = scheduled(changeSubscription(small, april, { kind: 'plan', to: 'starter' }, '2026-04-14'));
    expect(result.charge).toEqual(money(0, 'EUR'));
    expect(result.scheduledChange).toEqual({ kind: 'plan', to: 'starter', effectiveOn: '2026-05-01' });
    expect(result.subscription.plan).toBe('growth');
    expect(result.subscription.scheduledChanges).toEqual([{ kind: 'plan', to: 'starter', effectiveOn: '2026-05-01' }]);
  });

  it('a move down to a plan too small for the seats is refused', () => {
    // 13 seats on Growth are 6 on Starter (its 3 and the 3 bought on top); Starter allows 5
    const result = refused(changeSubscription({ ...growth, seats: 13 }, april, { kind: 'plan', to: 'starter' }, '2026-04-14'));
    expect(result.error).toBe('seat_limit_reached');
  });

  it('fewer seats and a module removal are scheduled, each replacing an earlier one of its kind', () => {
    const twelve: Subscription = { ...growth, seats: 12 };
    const first = scheduled(changeSubscription(twelve, april, { kind: 'seats', to: 11 }, '2026-04-10'));
    const second = scheduled(changeSubscription(first.subscription, april, { kind: 'seats', to: 10 }, '2026-04-12'));
    const third = scheduled(changeSubscription(second.subscription, april, { kind: 'remove_module', module: 'crm' }, '2026-04-14'));
    expect(third.subscription.scheduledChanges).toEqual([
      { kind: 'seats', to: 10, effectiveOn: '2026-05-01' },
      { kind: 'remove_module', module: 'crm', effectiveOn: '2026-05-01' },
    ]);
    expect(third.subscription.seats).toBe(12);
    expect(third.subscription.modules).toEqual(['crm']);
  });

  it('annual to monthly waits for the end of the year', () => {
    const annual: Subscription = { ...growth, cycle: 'annual' };
    const year = billingPeriod('2026-01-15', 'annual', 0);
    const result = scheduled(changeSubscription(annual, year, { kind: 'cycle', to: 'monthly' }, '2026-07-01'));
    expect(result.scheduledChange).toEqual({ kind: 'cycle', to: 'monthly', effectiveOn: '2027-01-15' });
  });

  it('removing a module that is not active is refused', () => {
    expect(refused(changeSubscription(growth, april, { kind: 'remove_module', module: 'hr' }, '2026-04-14')).error).toBe('module_not_active');
  });

  it('re-adding a module that was going to be removed cancels the removal, free of charge', () => {
    const leaving: Subscription = { ...growth, scheduledChanges: [{ kind: 'remove_module', module: 'crm', effectiveOn: '2026-05-01' }] };
    const result = applied(changeSubscription(leaving, april, { kind: 'add_module', module: 'crm' }, '2026-04-20'));
    expect(result.charge).toEqual(money(0, 'EUR'));
    expect(result.invoice).toBeNull();
    expect(result.subscription.scheduledChanges).toEqual([]);
    expect(result.subscription.modules).toEqual(['crm']);
  });

  it('asking to stay on the current plan cancels the scheduled downgrade; asking again changes nothing', () => {
    const waiting: Subscription = { ...growth, seats: 4, scheduledChanges: [{ kind: 'plan', to: 'starter', effectiveOn: '2026-05-01' }] };
    const kept = applied(changeSubscription(waiting, april, { kind: 'plan', to: 'growth' }, '2026-04-20'));
    expect(kept.charge).toEqual(money(0, 'EUR'));
    expect(kept.subscription.scheduledChanges).toEqual([]);
    const again = refused(changeSubscription(kept.subscription, april, { kind: 'plan', to: 'growth' }, '2026-04-21'));
    expect(again).toEqual({ outcome: 'refused', error: 'no_change', message: 'You are already on Growth.' });
  });
});

describe('switching from monthly to annual billing', () => {
  /** Growth, 12 seats, CRM: monthly 9900 + 2 × 700 + 1900 = 13200; annual 99000 + 2 × 7000 + 19000 = 132000. */
  const twelveWithCrm: Subscription = { ...growth, seats: 12 };

  it('starts a year on the day of the switch, credited with the unused part of the month', () => {
    // Period 28 Feb – 31 Mar (31 days); 20 → 31 March = 11 days unused.
    // Credit: round(13200 × 11/31) = round(4683.87) = 4684. Charge: 132000 − 4684 = 127316.
    // VAT 19%: 127316 × 0.19 = 24190.04 → 24190. Total: 151506.
    const result = applied(changeSubscription(twelveWithCrm, marchOf31st, { kind: 'cycle', to: 'annual' }, '2026-03-20'));
    expect(result.charge).toEqual(money(127316, 'EUR'));
    expect(result.lines.map((line) => [line.kind, line.quantity, line.amount.amount])).toEqual([
      ['plan', 1, 99000],
      ['seats', 2, 14000],
      ['module', 1, 19000],
      ['proration', 1, -4684],
    ]);
    expect(result.lines[3]?.description).toBe('Unused monthly time, 11 of 31 days');
    expect(result.invoice?.subtotal).toEqual(money(127316, 'EUR'));
    expect(result.invoice?.tax.amount).toEqual(money(24190, 'EUR'));
    expect(result.invoice?.total).toEqual(money(151506, 'EUR'));
    expect(result.subscription.cycle).toBe('annual');
    expect(result.period).toEqual({
      anchor: '2026-03-20', cycle: 'annual', index: 0, start: '2026-03-20', end: '2027-03-20', days: 365,
    });
  });

  it('on the first day of the month the whole month is credited', () => {
    // 31 of 31 days: credit 13200; 132000 − 13200 = 118800
    const result = applied(changeSubscription(twelveWithCrm, marchOf31st, { kind: 'cycle', to: 'annual' }, '2026-02-28'));
    expect(result.charge).toEqual(money(118800, 'EUR'));
  });

  it('a removal waiting for the end of the month applies at the switch, the credit being for what was paid', () => {
    // Annual without CRM: 99000 + 14000 = 113000; credit as before 4684; 113000 − 4684 = 108316
    const leaving: Subscription = { ...twelveWithCrm, scheduledChanges: [{ kind: 'remove_module', module: 'crm', effectiveOn: '2026-03-31' }] };
    const result = applied(changeSubscription(leaving, marchOf31st, { kind: 'cycle', to: 'annual' }, '2026-03-20'));
    expect(result.charge).toEqual(money(108316, 'EUR'));
    expect(result.subscription.modules).toEqual([]);
    expect(result.subscription.scheduledChanges).toEqual([]);
  });

  it('the credit never exceeds the annual price: nothing is refunded', () => {
    // Scale, 3 seats, moving down to Starter: paid 29900 for the month; Starter annual 29000.
    // Switching on the first day: credit 29900 capped at 29000; charge 0.
    const scaleLeaving: Subscription = {
      ...growth, plan: 'scale', seats: 3, modules: [], scheduledChanges: [{ kind: 'plan', to: 'starter', effectiveOn: '2026-05-01' }],
    };
    const result = applied(changeSubscription(scaleLeaving, april, { kind: 'cycle', to: 'annual' }, '2026-04-01'));
    expect(result.lines.map((line) => line.amount.amount)).toEqual([29000, -29000]);
    expect(result.charge).toEqual(money(0, 'EUR'));
  });

  it('in pounds', () => {
    // Starter, 3 seats, no modules: monthly 2500, annual 25000. April, 14th: 17 of 30 days.
    // Credit round(2500 × 17/30) = round(1416.67) = 1417; charge 25000 − 1417 = 23583;
    // UK VAT 20%: 4716.6 → 4717; total 28300
    const uk: Subscription = { ...growth, plan: 'starter', seats: 3, modules: [], currency: 'GBP', country: 'GB' };
    const result = applied(changeSubscription(uk, april, { kind: 'cycle', to: 'annual' }, '2026-04-14'));
    expect(result.charge).toEqual(money(23583, 'GBP'));
    expect(result.invoice?.total).toEqual(money(28300, 'GBP'));
  });
});

describe('guarding against impossible calls', () => {
  it('refuses an instant outside the period, and a period of the wrong cycle', () => {
    expect(() => changeSubscription(growth, april, { kind: 'add_module', module: 'hr' }, '2026-05-01')).toThrow(/outside the period/);
    const year = billingPeriod('2026-01-15', 'annual', 0);
    expect(() => changeSubscription(growth, year, { kind: 'add_module', module: 'hr' }, '2026-04-14')).toThrow(/annual/);
  });
});
