/**
 * The SLA clock of one ticket, as pure functions over a plain state, so the workflow
 * (`support-ticket:{id}`), its unit tests and the API compute the same deadlines.
 *
 * Both targets count the same running time: from the ticket's opening, minus every
 * stretch it spent pending (waiting on the customer). The first response stops counting
 * at the first agent reply, the resolution at solved or closed.
 */
export const supportPriorities = ['urgent', 'high', 'normal', 'low'] as const;
export type SupportPriority = (typeof supportPriorities)[number];
export const supportStatuses = ['open', 'pending', 'solved', 'closed'] as const;
export type SupportStatus = (typeof supportStatuses)[number];

export type SlaTargetKind = 'firstResponse' | 'resolution';
export interface SlaTargetHours {
  firstResponseHours: number;
  resolutionHours: number;
}
export type SlaTargets = Record<SupportPriority, SlaTargetHours>;

/** The warning goes out when this share of a target has run (with a quarter left). */
export const slaWarningShare = 0.75;

export type SlaStatus = 'on_track' | 'warning' | 'breached' | 'paused' | 'met';

export interface SlaClockState {
  priority: SupportPriority;
  targets: SlaTargets;
  /** Running time counted up to `runningSince` (or in all, while paused), in ms. */
  elapsedMs: number;
  /** Epoch ms the clock last started running; null while the ticket is pending. */
  runningSince: number | null;
  responded: boolean;
  resolved: boolean;
  warned: Record<SlaTargetKind, boolean>;
  breached: Record<SlaTargetKind, boolean>;
}

export interface SlaEvent {
  kind: 'warning' | 'breach';
  target: SlaTargetKind;
  /** Running time left until it happens, in ms. */
  inMs: number;
}

const hour = 3_600_000;

export function startSlaClock(input: { priority: SupportPriority; targets: SlaTargets; openedAt: number; now: number; status: SupportStatus; responded?: boolean }): SlaClockState {
  const state: SlaClockState = {
    priority: input.priority,
    targets: input.targets,
    elapsedMs: 0,
    runningSince: input.openedAt,
    responded: input.responded ?? false,
    resolved: false,
    warned: { firstResponse: false, resolution: false },
    breached: { firstResponse: false, resolution: false },
  };
  return withStatus(state, input.status, input.now);
}

export function elapsedOf(state: SlaClockState, now: number): number {
  return state.elapsedMs + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

const targetMs = (state: SlaClockState, target: SlaTargetKind) =>
  (target === 'firstResponse' ? state.targets[state.priority].firstResponseHours : state.targets[state.priority].resolutionHours) * hour;

/** A target still counting: not met (replied / resolved) and not breached yet. */
const counting = (state: SlaClockState, target: SlaTargetKind) => !state.breached[target] && !(target === 'firstResponse' ? state.responded : state.resolved);

/** The next warning or breach while the clock runs; null while paused or when nothing is left to watch. */
export function nextSlaEvent(state: SlaClockState, now: number): SlaEvent | null {
  if (state.runningSince === null || state.resolved) return null;
  const elapsed = elapsedOf(state, now);
  const events: SlaEvent[] = [];
  for (const target of ['firstResponse', 'resolution'] as const) {
    if (!counting(state, target)) continue;
    const full = targetMs(state, target);
    if (!state.warned[target]) events.push({ kind: 'warning', target, inMs: Math.max(0, Math.round(full * slaWarningShare) - elapsed) });
    else events.push({ kind: 'breach', target, inMs: Math.max(0, full - elapsed) });
  }
  // Breach before warning when both are due at once, so a late worker never warns after the fact.
  events.sort((a, b) => a.inMs - b.inMs || (a.kind === 'breach' ? -1 : 1));
  return events[0] ?? null;
}

export function applySlaEvent(state: SlaClockState, event: Pick<SlaEvent, 'kind' | 'target'>): SlaClockState {
  const warned = { ...state.warned, [event.target]: true };
  const breached = event.kind === 'breach' ? { ...state.breached, [event.target]: true } : state.breached;
  return { ...state, warned, breached };
}

/** The ticket's status changed: pending pauses, open runs, solved and closed stop the resolution clock. */
export function withStatus(state: SlaClockState, status: SupportStatus, now: number): SlaClockState {
  const running = status === 'open';
  const elapsedMs = elapsedOf(state, now);
  return {
    ...state,
    elapsedMs,
    runningSince: running ? now : null,
    resolved: status === 'solved' || status === 'closed',
  };
}

export function withPriority(state: SlaClockState, priority: SupportPriority): SlaClockState {
  // A new priority's targets count from the opening, so raising it can make a ticket late at once.
  return { ...state, priority, warned: { firstResponse: state.breached.firstResponse, resolution: state.breached.resolution } };
}

export const withResponse = (state: SlaClockState): SlaClockState => ({ ...state, responded: true });

/** Wall-clock deadlines as the clock runs now; null for a target met, breached or paused. */
export function slaDeadlines(state: SlaClockState, now: number): { firstResponseDueAt: string | null; resolutionDueAt: string | null } {
  const dueAt = (target: SlaTargetKind) => {
    if (state.runningSince === null || !counting(state, target)) return null;
    return new Date(now + targetMs(state, target) - elapsedOf(state, now)).toISOString();
  };
  return { firstResponseDueAt: dueAt('firstResponse'), resolutionDueAt: dueAt('resolution') };
}

export function slaStatusOf(state: SlaClockState): SlaStatus {
  if (state.breached.firstResponse || state.breached.resolution) return 'breached';
  if (state.resolved) return 'met';
  if (state.runningSince === null) return 'paused';
  if ((state.warned.firstResponse && !state.responded) || state.warned.resolution) return 'warning';
  return 'on_track';
}
