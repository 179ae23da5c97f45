import { describe, expect, it } from 'vitest';
import { addDays, periodEnd } from '@atrium/core';
import type { SubscriptionSnapshot } from './messages';
import { SubscriptionState, upgradeSnapshot } from './subscription-state';

const startedOn = '2026-03-10';
const midMarch = new Date('2026-03-20T10:00:00Z');

function starter(cycle: 'monthly' | 'annual' = 'monthly') {
  return new SubscriptionState({
    companyId: 'company-1',
    start: { plan: 'starter', cycle, currency: 'EUR', country: 'DE', taxId: '', startedOn },
  });
}

/** Renews as the workflow does, the charge going through or failing. */
function renew(state: SubscriptionState, charge: 'paid' | 'failed') {
  state.enterPeriod(state.renewal(), true);
  if (charge === 'paid') state.chargeSucceeded();
  else state.chargeFailed('invoice-1');
}

describe('SubscriptionState, the subscription as an entity', () => {
  it('a new company has its first period free: invoiced and paid through its end', () => {
    const { snapshot } = starter();
    expect([snapshot.status, snapshot.invoicedThrough, snapshot.paidThrough, snapshot.revision]).toEqual([
      'active',
      periodEnd(startedOn, 'monthly', 0),
      periodEnd(startedOn, 'monthly', 0),
      1,
    ]);
  });

  it('a declined change leaves everything as it was except the revision', () => {
    const state = starter();
    state.cardsOnFile(1);
    const before = state.snapshot;
    state.decide({ kind: 'plan', to: 'growth' }, midMarch);
    state.declineChange();
    expect(state.snapshot).toEqual({ ...before, revision: before.revision + 1 });
  });

  it('an upgrade paid now moves plan, invoiced and paid alike', () => {
    const state = starter();
    state.cardsOnFile(1);
    const result = state.decide({ kind: 'plan', to: 'growth' }, midMarch);
    state.adopt(result);
    expect(state.snapshot.subscription.plan).toBe('growth');
    expect(state.snapshot.paidThrough).toBe(state.snapshot.invoicedThrough);
  });

  it('a renewal is invoiced at period start and paid only once its charge goes through', () => {
    const state = starter();
    state.enterPeriod(state.renewal(), true);
    expect(state.snapshot.invoicedThrough).toBe(periodEnd(startedOn, 'monthly', 1));
    expect(state.snapshot.paidThrough).toBe(periodEnd(startedOn, 'monthly', 0));
    state.chargeSucceeded();
    expect(state.snapshot.paidThrough).toBe(periodEnd(startedOn, 'monthly', 1));
  });

  it('a failed renewal goes to dunning; paid in dunning, the period is paid', () => {
    const state = starter();
    renew(state, 'failed');
    expect([state.status, state.snapshot.dunningInvoiceId, state.snapshot.paidThrough]).toEqual([
      'payment_failed',
      'invoice-1',
      periodEnd(startedOn, 'monthly', 0),
    ]);
    expect(state.dunningEnded('another-invoice', 'paid')).toBe(false);
    expect(state.dunningEnded('invoice-1', 'suspended')).toBe(true);
    expect(state.status).toBe('past_due');
    state.dunningEnded('invoice-1', 'paid');
    expect([state.status, state.snapshot.dunningInvoiceId, state.snapshot.paidThrough]).toEqual([
      'active',
      null,
      periodEnd(startedOn, 'monthly', 1),
    ]);
  });

  it('written off, a reactivation a week later needs a new billed period (an annual plan gets no free year)', () => {
    const state = starter('annual');
    renew(state, 'failed');
    state.dunningEnded('invoice-1', 'written_off');
    expect(state.status).toBe('canceled');
    const weekLater = addDays(periodEnd(startedOn, 'annual', 0), 30);
    expect(state.needsNewPeriodOn(weekLater)).toBe(true);
    const fresh = state.restartOn(weekLater);
    state.restartIn(fresh);
    state.chargeSucceeded();
    expect([state.status, state.snapshot.period.start, state.snapshot.paidThrough]).toEqual(['active', weekLater, periodEnd(weekLater, 'annual', 0)]);
  });

  it('canceling takes effect at the period end; reactivating before it keeps the subscription', () => {
    const state = starter();
    state.scheduleCancel();
    expect(() => state.validateCancel()).toThrow(/already ends/);
    state.keepSubscription();
    expect(state.snapshot.cancelAtPeriodEnd).toBe(false);
    state.scheduleCancel();
    state.endAtPeriodEnd();
    expect([state.status, state.snapshot.cancelAtPeriodEnd]).toEqual(['canceled', false]);
    expect(state.nextDeadline(Date.parse('2026-05-01T00:00:00Z'))).toBeNull();
  });

  it('a pause rolls periods on unbilled and resumes on its day; resuming inside a paid period bills nothing', () => {
    const state = starter();
    state.pause('2026-05-01');
    expect(state.resumeDue(Date.parse('2026-04-30T12:00:00Z'))).toBe(false);
    expect(state.resumeDue(Date.parse('2026-05-01T00:00:00Z'))).toBe(true);
    state.enterPeriod(state.renewal(), false);
    expect([state.status, state.snapshot.invoicedThrough]).toEqual(['paused', periodEnd(startedOn, 'monthly', 0)]);
    expect(state.needsNewPeriodOn('2026-05-01')).toBe(true);

    const brief = starter();
    brief.pause(null);
    expect(brief.needsNewPeriodOn('2026-03-15')).toBe(false);
    brief.resumeWithinPaidPeriod();
    expect([brief.status, brief.snapshot.pausedUntil]).toEqual(['active', null]);
  });

  it('takes the card count from the cards on file, and needs one for a charged change', () => {
    const state = starter();
    expect(() => state.decide({ kind: 'plan', to: 'growth' }, midMarch)).toThrow(/Add a card first/);
    state.cardsOnFile(2);
    state.cardsOnFile(1);
    expect(state.snapshot.paymentMethods).toBe(1);
    expect(() => state.decide({ kind: 'plan', to: 'growth' }, midMarch)).not.toThrow();
  });

  it('every transition bumps the revision', () => {
    const state = starter();
    const revisions = [
      () => state.cardsOnFile(1),
      () => state.scheduleCancel(),
      () => state.keepSubscription(),
      () => state.pause(null),
      () => state.resumeWithinPaidPeriod(),
      () => state.enterPeriod(state.renewal(), true),
      () => state.chargeSucceeded(),
    ].map((transition) => transition().revision);
    expect(revisions).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('an old snapshot without invoicedThrough gets one; one in dunning was invoiced, not paid', () => {
    const state = starter();
    renew(state, 'failed');
    const { invoicedThrough: _dropped, ...old } = state.snapshot;
    const legacy = { ...old, paidThrough: periodEnd(startedOn, 'monthly', 1) } as SubscriptionSnapshot;
    const upgraded = upgradeSnapshot(legacy);
    expect([upgraded.invoicedThrough, upgraded.paidThrough]).toEqual([periodEnd(startedOn, 'monthly', 1), periodEnd(startedOn, 'monthly', 0)]);
    const resumed = new SubscriptionState({ companyId: 'company-1', snapshot: { ...legacy, dunningInvoiceId: null } });
    expect(resumed.snapshot.invoicedThrough).toBe(resumed.snapshot.paidThrough);
  });

  it('tells of the upcoming charge 7 days before the period ends, unless no renewal charge is coming', () => {
    const active = starter();
    const renewalAt = Date.parse(`${periodEnd(startedOn, 'monthly', 0)}T00:00:00Z`);
    expect(active.upcomingChargeNoticeAt()).toBe(renewalAt - 7 * 86_400_000);
    const ending = starter();
    ending.scheduleCancel();
    expect(ending.upcomingChargeNoticeAt()).toBeNull();
    const paused = starter();
    paused.pause(null);
    expect(paused.upcomingChargeNoticeAt()).toBeNull();
    const collecting = starter();
    renew(collecting, 'failed');
    expect(collecting.upcomingChargeNoticeAt()).toBeNull();
  });
});
