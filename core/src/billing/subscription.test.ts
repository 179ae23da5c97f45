import { describe, expect, it } from 'vitest';
import { applyScheduledChanges, seatLimitProblem, seatsOnPlan, sortModules, type Subscription } from './subscription';

const growth: Subscription = {
  plan: 'growth',
  cycle: 'monthly',
  seats: 12,
  modules: ['crm', 'hr'],
  currency: 'EUR',
  country: 'DE',
  taxId: null,
  scheduledChanges: [
    { kind: 'seats', to: 4, effectiveOn: '2026-05-01' },
    { kind: 'remove_module', module: 'crm', effectiveOn: '2026-05-01' },
    { kind: 'plan', to: 'starter', effectiveOn: '2026-05-01' },
  ],
};

describe('a subscription and its scheduled changes', () => {
  it('nothing changes before the day the changes take effect', () => {
    const { subscription, applied } = applyScheduledChanges(growth, '2026-04-30');
    expect(applied).toEqual([]);
    expect(subscription).toEqual(growth);
  });

  it('on 1 May the company is on Starter with 4 seats and HR only', () => {
    const { subscription, applied } = applyScheduledChanges(growth, '2026-05-01');
    expect(applied).toHaveLength(3);
    expect(subscription).toMatchObject({ plan: 'starter', seats: 4, modules: ['hr'], scheduledChanges: [] });
  });

  it('a change due later stays scheduled', () => {
    const later: Subscription = { ...growth, scheduledChanges: [{ kind: 'cycle', to: 'monthly', effectiveOn: '2027-01-15' }] };
    expect(applyScheduledChanges(later, '2026-05-01').subscription.scheduledChanges).toHaveLength(1);
  });

  it('lists modules in catalog order, once', () => {
    expect(sortModules(['analytics', 'crm', 'hr', 'crm'])).toEqual(['crm', 'hr', 'analytics']);
  });

  it('tells when seats do not fit the plan, now or after the scheduled changes', () => {
    expect(seatLimitProblem(growth)).toBeNull();
    // 13 on Growth: Starter's 3 and the 3 bought on top
    expect(seatLimitProblem({ ...growth, seats: 13, scheduledChanges: [{ kind: 'plan', to: 'starter', effectiveOn: '2026-05-01' }] })).toBe(
      'Starter allows up to 5 seats; this change would leave 6. Lower your seats first, or choose a larger plan.',
    );
    expect(seatLimitProblem({ ...growth, seats: 51, scheduledChanges: [] })).toMatch(/^Growth allows up to 50 seats/);
  });
});

describe('seats follow the plan', () => {
  it('moving up, the larger plan’s included seats are the company’s; seats beyond them stay', () => {
    expect(seatsOnPlan(3, 'starter', 'growth')).toBe(10);
    expect(seatsOnPlan(30, 'growth', 'scale')).toBe(30);
  });

  it('moving down, the included seats the smaller plan lacks go; seats bought on top stay', () => {
    expect(seatsOnPlan(10, 'growth', 'starter')).toBe(3);
    expect(seatsOnPlan(12, 'growth', 'starter')).toBe(5);
    expect(seatsOnPlan(25, 'scale', 'growth')).toBe(10);
  });
});
