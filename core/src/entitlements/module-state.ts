import type { CalendarDay } from '../billing/calendar';

/**
 * Where a module stands for a company; the marketplace shows it, the module gate acts on
 * it. Only `entitlementsOf` decides it.
 */
export type ModuleState =
  /** Paid for; `removalOn` when it is canceled at the period end. */
  | { kind: 'active'; removalOn: CalendarDay | null }
  | { kind: 'trial'; endsAt: string; daysLeft: number }
  /** Paid for, but the subscription is past due or paused: readable, not writable. */
  | { kind: 'read_only' }
  /** Not paid for (never bought, removed, or the subscription is canceled), not in trial. */
  | { kind: 'not_available'; trialAvailable: boolean };

export type ModuleStateKind = ModuleState['kind'];
