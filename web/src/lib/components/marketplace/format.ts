import type { BillingCycle, ModuleState } from '@atrium/core';
import { formatDay } from '#lib/dates';

/** Words for a module's state, the same on the grid, its page and the module's landing. */
export function stateLabel(state: ModuleState): string {
  switch (state.kind) {
    case 'active':
      return state.removalOn ? `Ends on ${formatDay(state.removalOn)}` : 'Active';
    case 'trial':
      return `Trial — ${state.daysLeft} ${state.daysLeft === 1 ? 'day' : 'days'} left`;
    case 'read_only':
      return 'Read-only';
    case 'not_available':
      return 'Not active';
  }
}

/** The tone of a state's badge: what needs attention stands out, what is not bought does not. */
export function stateTone(state: ModuleState): 'success' | 'info' | 'warning' | 'danger' | 'neutral' {
  switch (state.kind) {
    case 'active':
      return state.removalOn ? 'warning' : 'success';
    case 'trial':
      return 'info';
    case 'read_only':
      return 'danger';
    case 'not_available':
      return 'neutral';
  }
}

/** Whether the company can open the module now (bought, in trial, or read-only while past due). */
export const isUsable = (state: ModuleState): boolean => state.kind !== 'not_available';

export const cycleAdjective: Record<BillingCycle, string> = { monthly: 'Monthly', annual: 'Annual' };
export const perCycle: Record<BillingCycle, string> = { monthly: 'month', annual: 'year' };

const count = new Intl.NumberFormat('en');

/** A usage limit as a buyer reads it: "25,000", or "Unlimited" where the plan has none. */
export const limitValue = (limit: number | null | undefined): string =>
  limit === null || limit === undefined ? 'Unlimited' : count.format(limit);

const either = new Intl.ListFormat('en', { type: 'disjunction' });

/** "Ask Ada Lovelace or Grace Hopper to buy it." — or the roles, when nobody is named. */
export function askToBuyText(people: { name: string }[], what = 'buy it'): string {
  const names = people.map((person) => person.name).filter(Boolean);
  return names.length ? `Ask ${either.format(names)} to ${what}.` : `Ask an owner, admin or billing manager to ${what}.`;
}
