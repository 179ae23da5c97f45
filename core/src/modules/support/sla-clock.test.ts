import { describe, expect, it } from 'vitest';
import { moduleDefaults } from '../module-defaults';
import { applySlaEvent, nextSlaEvent, slaDeadlines, slaStatusOf, startSlaClock, withPriority, withResponse, withStatus } from './sla-clock';

const targets = moduleDefaults.support.slaPolicy.targets;
const hour = 3_600_000;
const t0 = Date.parse('2027-03-01T09:00:00Z');

describe('the SLA clock of a ticket', () => {
  it('warns an urgent ticket with a quarter of its first-response hour left, then breaches at the hour', () => {
    const clock = startSlaClock({ priority: 'urgent', targets, openedAt: t0, now: t0, status: 'open' });
    expect(nextSlaEvent(clock, t0)).toEqual({ kind: 'warning', target: 'firstResponse', inMs: 45 * 60_000 });
    const warned = applySlaEvent(clock, { kind: 'warning', target: 'firstResponse' });
    expect(slaStatusOf(warned)).toBe('warning');
    expect(nextSlaEvent(warned, t0 + 45 * 60_000)).toEqual({ kind: 'breach', target: 'firstResponse', inMs: 15 * 60_000 });
    expect(slaStatusOf(applySlaEvent(warned, { kind: 'breach', target: 'firstResponse' }))).toBe('breached');
  });

  it('does not count the hours a ticket waits on the customer', () => {
    let clock = withResponse(startSlaClock({ priority: 'high', targets, openedAt: t0, now: t0, status: 'open' }));
    clock = withStatus(clock, 'pending', t0 + 2 * hour);
    expect(nextSlaEvent(clock, t0 + 50 * hour)).toBeNull();
    expect(slaStatusOf(clock)).toBe('paused');
    expect(slaDeadlines(clock, t0 + 50 * hour)).toEqual({ firstResponseDueAt: null, resolutionDueAt: null });
    clock = withStatus(clock, 'open', t0 + 50 * hour);
    // 24 h to resolve, 2 h used before the pause: due 22 h after it reopened.
    expect(slaDeadlines(clock, t0 + 50 * hour).resolutionDueAt).toBe(new Date(t0 + 72 * hour).toISOString());
    expect(nextSlaEvent(clock, t0 + 50 * hour)).toEqual({ kind: 'warning', target: 'resolution', inMs: 16 * hour });
  });

  it('stops watching once the ticket is solved', () => {
    const clock = withStatus(startSlaClock({ priority: 'low', targets, openedAt: t0, now: t0, status: 'open' }), 'solved', t0 + hour);
    expect(nextSlaEvent(clock, t0 + hour)).toBeNull();
    expect(slaStatusOf(clock)).toBe('met');
  });

  it('counts a raised priority from the opening, so a ticket can become late at once', () => {
    const clock = withPriority(startSlaClock({ priority: 'low', targets, openedAt: t0, now: t0, status: 'open' }), 'urgent');
    expect(nextSlaEvent(clock, t0 + 2 * hour)).toEqual({ kind: 'warning', target: 'firstResponse', inMs: 0 });
  });
});
