import { describe, expect, it } from 'vitest';
import { claimDecisionRefusal, needsFinanceApproval, reimbursementRefusal } from './claim-rules';

const claim = { status: 'submitted' as const, stage: 'approver' as const, claimantUserId: 'eve', approverUserId: 'max', firstApprovalBy: null };
const person = (userId: string, isFinanceApprover = false) => ({ userId, isFinanceApprover });

describe('who decides an expense claim', () => {
  it('needs finance above the threshold only, and never without one', () => {
    expect([needsFinanceApproval(50_000, 50_000), needsFinanceApproval(50_001, 50_000), needsFinanceApproval(10_000_000, null)]).toEqual([false, true, false]);
  });

  it('the approver decides first; not the claimant, not a colleague, not finance in their place', () => {
    expect(claimDecisionRefusal({ ...claim, decider: person('max') })).toBeNull();
    expect(claimDecisionRefusal({ ...claim, decider: person('eve', true) })).toBe('Nobody approves their own expenses; their approver does.');
    expect(claimDecisionRefusal({ ...claim, decider: person('carl') })).toBe("Only the claimant's approver may decide this claim now.");
    expect(claimDecisionRefusal({ ...claim, decider: person('fiona', true) })).toBe("Only the claimant's approver may decide this claim now.");
    expect(claimDecisionRefusal({ ...claim, approverUserId: null, decider: person('fiona', true) })).toBeNull();
  });

  it('a finance approver other than the first gives the second approval', () => {
    const second = { ...claim, stage: 'finance' as const, firstApprovalBy: 'max' };
    expect(claimDecisionRefusal({ ...second, decider: person('fiona', true) })).toBeNull();
    expect(claimDecisionRefusal({ ...second, decider: person('max') })).toMatch(/a finance approver decides it now/);
    expect(claimDecisionRefusal({ ...second, decider: person('max', true) })).toMatch(/second finance approver/);
    expect(claimDecisionRefusal({ ...second, status: 'approved', decider: person('fiona', true) })).toBe('This claim is approved; it cannot be decided now.');
  });

  it('only finance reimburses, and only an approved claim, once', () => {
    expect(reimbursementRefusal({ status: 'approved', by: person('fiona', true) })).toBeNull();
    expect(reimbursementRefusal({ status: 'approved', by: person('max') })).toBe('Only a finance approver marks a claim as reimbursed.');
    expect(reimbursementRefusal({ status: 'reimbursed', by: person('fiona', true) })).toBe('This claim is already reimbursed.');
    expect(reimbursementRefusal({ status: 'submitted', by: person('fiona', true) })).toMatch(/only an approved claim/);
  });
});
