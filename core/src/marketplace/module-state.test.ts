import { describe, expect, it } from 'vitest';
import { moduleStateOf, usableModules, type ModuleFacts } from './module-state';

const now = new Date('2026-11-24T12:00:00Z');
const none: ModuleFacts = { paidModules: [], subscriptionStatus: 'active', scheduledRemovals: {}, trials: [] };

describe('the state of a module for a company', () => {
  it('a bought module is active, with its removal day once canceled', () => {
    expect(moduleStateOf('crm', { ...none, paidModules: ['crm'] }, now)).toEqual({ kind: 'active', removalOn: null });
    expect(moduleStateOf('crm', { ...none, paidModules: ['crm'], scheduledRemovals: { crm: '2026-12-01' } }, now)).toEqual({
      kind: 'active',
      removalOn: '2026-12-01',
    });
  });

  it('a bought module of a past-due or paused company is past due (read-only)', () => {
    expect(moduleStateOf('crm', { ...none, paidModules: ['crm'], subscriptionStatus: 'past_due' }, now).kind).toBe('past_due');
    expect(moduleStateOf('crm', { ...none, paidModules: ['crm'], subscriptionStatus: 'paused' }, now).kind).toBe('past_due');
  });

  it('a trial counts its days left, rounding up; an ended trial cannot be started again', () => {
    const trials = [{ module: 'hr' as const, status: 'active', endsAt: new Date('2026-11-27T00:00:00Z') }];
    expect(moduleStateOf('hr', { ...none, trials }, now)).toEqual({ kind: 'trial', endsAt: '2026-11-27T00:00:00.000Z', daysLeft: 3 });
    const lapsed = [{ module: 'hr' as const, status: 'lapsed', endsAt: new Date('2026-11-01T00:00:00Z') }];
    expect(moduleStateOf('hr', { ...none, trials: lapsed }, now)).toEqual({ kind: 'not_purchased', trialAvailable: false });
    expect(moduleStateOf('finance', none, now)).toEqual({ kind: 'not_purchased', trialAvailable: true });
  });

  it('usable modules are the bought and the tried ones', () => {
    const facts = { ...none, paidModules: ['crm' as const], trials: [{ module: 'hr' as const, status: 'active', endsAt: new Date('2026-12-01') }] };
    expect(usableModules(['crm', 'hr', 'finance'], facts, now)).toEqual(['crm', 'hr']);
  });
});
