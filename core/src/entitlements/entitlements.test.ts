import { describe, expect, it } from 'vitest';
import { plans } from '../billing/plans';
import { entitlementsOf, type EntitlementFacts, type SubscriptionProjection } from './entitlements';
import { seatCheck, seatReductionProblem } from './seats';

const now = new Date('2026-11-24T12:00:00Z');
const starter: SubscriptionProjection = { plan: 'starter', status: 'active', seats: 3, currency: 'EUR', modules: [], scheduledChanges: [] };
const facts = (subscription: Partial<SubscriptionProjection> | null, trials: EntitlementFacts['trials'] = []): EntitlementFacts => ({
  subscription: subscription && { ...starter, ...subscription },
  trials,
  companyCurrency: 'USD',
});
const stateOf = (input: EntitlementFacts, module: 'crm' | 'hr' | 'finance' = 'crm') => entitlementsOf(input, now).modules[module].state;

describe('what a company may use, from its subscription projection', () => {
  it('a bought module is active, with its removal day once canceled', () => {
    expect(stateOf(facts({ modules: ['crm'] }))).toEqual({ kind: 'active', removalOn: null });
    const removing = facts({ modules: ['crm'], scheduledChanges: [{ kind: 'remove_module', module: 'crm', effectiveOn: '2026-12-01' }] });
    expect(stateOf(removing)).toEqual({ kind: 'active', removalOn: '2026-12-01' });
  });

  it('keeps working while dunning retries a failed renewal', () => {
    expect(stateOf(facts({ modules: ['crm'], status: 'payment_failed' })).kind).toBe('active');
  });

  it('a bought module of a past-due or paused company is read-only', () => {
    for (const status of ['past_due', 'paused'] as const) {
      const entitlements = entitlementsOf(facts({ modules: ['crm'], status }), now);
      expect(entitlements.modules.crm.state.kind).toBe('read_only');
      expect(entitlements.modulesReadOnly).toBe(true);
      expect(entitlements.usableModules).toEqual(['crm']);
    }
  });

  it('a canceled (or written-off) subscription grants none of the modules it still lists', () => {
    const canceled = entitlementsOf(facts({ modules: ['crm', 'hr'], status: 'canceled' }), now);
    expect(canceled.modules.crm.state).toEqual({ kind: 'not_available', trialAvailable: true });
    expect(canceled.usableModules).toEqual([]);
  });

  it('a trial counts its days left, rounding up, and stands without a paid subscription', () => {
    const trials = [{ module: 'hr' as const, status: 'active', endsAt: new Date('2026-11-27T00:00:00Z') }];
    expect(stateOf(facts({ status: 'canceled' }, trials), 'hr')).toEqual({ kind: 'trial', endsAt: '2026-11-27T00:00:00.000Z', daysLeft: 3 });
    const lapsed = [{ module: 'hr' as const, status: 'lapsed', endsAt: new Date('2026-11-01T00:00:00Z') }];
    expect(stateOf(facts({}, lapsed), 'hr')).toEqual({ kind: 'not_available', trialAvailable: false });
    expect(stateOf(facts({}), 'finance')).toEqual({ kind: 'not_available', trialAvailable: true });
  });

  it('plan, seats, currency and usage limits come from the subscription, not the company profile', () => {
    const growth = entitlementsOf(facts({ plan: 'growth', seats: 12 }), now);
    expect(growth.plan.key).toBe('growth');
    expect(growth.seats).toEqual({ paid: 12, included: 10, limit: 50, scheduled: null });
    expect(growth.currency).toBe('EUR');
    expect(growth.modules.crm.limits.contacts).toBe(25_000);
    expect(entitlementsOf(facts({ plan: 'scale' }), now).modules.crm.limits.contacts).toBeNull();
  });

  it('before the first recording: the default plan in the company currency, nothing paid', () => {
    const starting = entitlementsOf(facts(null), now);
    expect(starting).toMatchObject({ status: 'starting', currency: 'USD', seats: { paid: 3, included: 3, limit: 5 }, usableModules: [] });
  });
});

describe('seats are people', () => {
  const on = (subscription: Partial<SubscriptionProjection>) => entitlementsOf(facts(subscription), now);

  it('a free paid seat takes the invitation', () => {
    expect(seatCheck(on({ seats: 3 }), { members: 1, pendingInvitations: 1 })).toEqual({ kind: 'available' });
  });

  it('past the seats paid for, a seat must be bought first, up to the plan limit', () => {
    const check = seatCheck(on({ seats: 3 }), { members: 2, pendingInvitations: 1 });
    expect(check).toMatchObject({ kind: 'purchase_required', seatsAfter: 4 });
    expect(seatCheck(on({ seats: 5 }), { members: 5, pendingInvitations: 0 })).toMatchObject({ kind: 'plan_limit' });
    expect(seatCheck(on({ seats: 4 }), { members: 3, pendingInvitations: 2 }).kind).toBe('plan_limit');
  });

  it('a Growth company is not held to Starter’s limit', () => {
    expect(seatCheck(on({ plan: 'growth', seats: 10 }), { members: 5, pendingInvitations: 0 })).toEqual({ kind: 'available' });
  });

  it('a seat reduction waiting for the renewal holds the seats it will leave: nobody is let in who would lose a seat then', () => {
    const lowering = on({ seats: 4, scheduledChanges: [{ kind: 'seats', to: 3, effectiveOn: '2027-01-01' }] });
    expect(lowering.seats.scheduled).toEqual({ seats: 3, effectiveOn: '2027-01-01' });
    expect(seatCheck(lowering, { members: 2, pendingInvitations: 0 })).toEqual({ kind: 'available' });
    expect(seatCheck(lowering, { members: 3, pendingInvitations: 0 })).toEqual({
      kind: 'reduction_scheduled',
      message: 'Your company goes down to 3 seats on 2027-01-01, and all of them are taken. Cancel that change on the Billing page to invite one more person.',
    });
    // Growth → Starter drops the seats Growth included beyond Starter's.
    const downgrading = on({ plan: 'growth', seats: 10, scheduledChanges: [{ kind: 'plan', to: 'starter', effectiveOn: '2027-01-01' }] });
    expect(downgrading.seats.scheduled).toEqual({ seats: 10 - (plans.growth.seatsIncluded - plans.starter.seatsIncluded), effectiveOn: '2027-01-01' });
    expect(on({ seats: 4, scheduledChanges: [{ kind: 'cycle', to: 'annual', effectiveOn: '2027-01-01' }] }).seats.scheduled).toBeNull();
  });

  it('lowering seats below the people in the company says whom to remove', () => {
    expect(seatReductionProblem(5, { members: 4, pendingInvitations: 1 })).toBeNull();
    expect(seatReductionProblem(3, { members: 4, pendingInvitations: 1 })).toBe(
      '5 people hold a seat (4 members, 1 pending invitation), more than 3. Remove members or revoke pending invitations on the Team page first: 2 seats are still in use.',
    );
  });
});
