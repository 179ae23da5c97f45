import type { CalendarDay } from '../billing/calendar';
import type { ModuleKey } from '../modules/catalog';

/** Where a module stands for a company; the marketplace shows it, the API gates on it. */
export type ModuleState =
  /** Paid for; `removalOn` when it is canceled at the period end. */
  | { kind: 'active'; removalOn: CalendarDay | null }
  | { kind: 'trial'; endsAt: string; daysLeft: number }
  /** Paid for, but the subscription is past due or paused: readable, not writable. */
  | { kind: 'past_due' }
  | { kind: 'not_purchased'; trialAvailable: boolean };

export interface ModuleFacts {
  paidModules: readonly ModuleKey[];
  subscriptionStatus: string | null;
  /** Removals waiting for the period end, by module. */
  scheduledRemovals: Partial<Record<ModuleKey, CalendarDay>>;
  trials: readonly { module: ModuleKey; status: string; endsAt: Date }[];
}

const dayMs = 86_400_000;

export function moduleStateOf(module: ModuleKey, facts: ModuleFacts, now: Date): ModuleState {
  if (facts.paidModules.includes(module)) {
    if (facts.subscriptionStatus === 'past_due' || facts.subscriptionStatus === 'paused') return { kind: 'past_due' };
    return { kind: 'active', removalOn: facts.scheduledRemovals[module] ?? null };
  }
  const trial = facts.trials.find((candidate) => candidate.module === module);
  if (trial && trial.status === 'active' && trial.endsAt.getTime() > now.getTime()) {
    return { kind: 'trial', endsAt: trial.endsAt.toISOString(), daysLeft: Math.ceil((trial.endsAt.getTime() - now.getTime()) / dayMs) };
  }
  return { kind: 'not_purchased', trialAvailable: !trial };
}

/** Modules a company may use now: paid (even read-only) and in trial. */
export function usableModules(modules: readonly ModuleKey[], facts: ModuleFacts, now: Date): ModuleKey[] {
  return modules.filter((module) => moduleStateOf(module, facts, now).kind !== 'not_purchased');
}
