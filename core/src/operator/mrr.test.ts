import { describe, expect, it } from 'vitest';
import type { Subscription } from '../billing/subscription';
import { monthlyRecurringRevenue } from './mrr';

const base: Subscription = { plan: 'growth', cycle: 'monthly', seats: 10, modules: [], currency: 'EUR', country: 'DE', taxId: null, scheduledChanges: [] };

describe('monthly recurring revenue, before tax', () => {
  it('a monthly Growth company with 12 seats and CRM brings €99 + 2 × €7 + €19 = €132.00', () => {
    expect(monthlyRecurringRevenue({ ...base, seats: 12, modules: ['crm'] }, 'active')).toEqual({ amount: 13_200, currency: 'EUR' });
  });

  it('an annual Growth company with CRM brings a twelfth of €1,180.00, rounded to the cent: €98.33', () => {
    expect(monthlyRecurringRevenue({ ...base, cycle: 'annual', modules: ['crm'] }, 'active')).toEqual({ amount: 9_833, currency: 'EUR' });
  });

  it('an annual Starter company in pounds brings a twelfth of £250.00: £20.83', () => {
    expect(monthlyRecurringRevenue({ ...base, plan: 'starter', seats: 3, cycle: 'annual', currency: 'GBP' }, 'active')).toEqual({ amount: 2_083, currency: 'GBP' });
  });

  it('a company whose payment failed still counts; a paused or canceled one brings nothing', () => {
    expect(monthlyRecurringRevenue(base, 'payment_failed').amount).toBe(9_900);
    expect(monthlyRecurringRevenue(base, 'past_due').amount).toBe(9_900);
    expect(monthlyRecurringRevenue(base, 'paused')).toEqual({ amount: 0, currency: 'EUR' });
    expect(monthlyRecurringRevenue(base, 'canceled')).toEqual({ amount: 0, currency: 'EUR' });
  });

  it('a scheduled downgrade does not lower it before it takes effect', () => {
    const downgrading: Subscription = { ...base, scheduledChanges: [{ kind: 'plan', to: 'starter', effectiveOn: '2027-01-01' }] };
    expect(monthlyRecurringRevenue(downgrading, 'active').amount).toBe(9_900);
  });
});
