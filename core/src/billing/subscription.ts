import { moduleKeys, type ModuleKey } from '../modules/catalog';
import { daysBetween, type CalendarDay } from './calendar';
import type { BillingCycle } from './cycles';
import type { Currency } from './money';
import { planKeys, plans, type PlanKey } from './plans';

/** What a company asks for. Upgrades apply at once; downgrades wait for the period end. */
export type SubscriptionChange =
  | { kind: 'plan'; to: PlanKey }
  /** The total number of seats, included ones counted. */
  | { kind: 'seats'; to: number }
  | { kind: 'add_module'; module: ModuleKey }
  | { kind: 'remove_module'; module: ModuleKey }
  | { kind: 'cycle'; to: BillingCycle };

/** A downgrade waiting for the end of the period; adding a module is never scheduled. */
export type ScheduledChange = Exclude<SubscriptionChange, { kind: 'add_module' }> & { effectiveOn: CalendarDay };

/** Everything the billing arithmetic needs to know about a company's subscription. */
export interface Subscription {
  plan: PlanKey;
  cycle: BillingCycle;
  /** Seats paid for in total, the plan's included seats counted; at least 1. */
  seats: number;
  /** Active (paid) modules; trials are not billed and do not appear here. */
  modules: ModuleKey[];
  currency: Currency;
  /** ISO 3166-1 alpha-2 country of the company's billing address. */
  country: string;
  /** VAT id or other business tax id; null (or empty) for a company without one. */
  taxId: string | null;
  scheduledChanges: ScheduledChange[];
}

export function planRank(plan: PlanKey): number {
  return planKeys.indexOf(plan);
}

/** Modules in catalog order, each once, so that invoices list them the same way every time. */
export function sortModules(modules: readonly ModuleKey[]): ModuleKey[] {
  return moduleKeys.filter((key) => modules.includes(key));
}

/** Scheduled changes act on one "target" each; a newer one replaces an older one. */
export function changeTarget(change: SubscriptionChange | ScheduledChange): string {
  return change.kind === 'add_module' || change.kind === 'remove_module' ? `module:${change.module}` : change.kind;
}

/**
 * Seats follow the plan: moving up, the new plan's included seats are the company's
 * (Starter with 3 seats has 10 on Growth); moving down, the seats the old plan included
 * beyond the new one's go with it, and seats bought on top stay (Growth with 12 has 5 on
 * Starter: its 3 included and the 2 bought).
 */
export function seatsOnPlan(seats: number, from: PlanKey, to: PlanKey): number {
  const [before, after] = [plans[from].seatsIncluded, plans[to].seatsIncluded];
  if (after >= before) return Math.max(seats, after);
  return Math.max(after, seats - (before - after));
}

function applyOne(subscription: Subscription, change: ScheduledChange): Subscription {
  switch (change.kind) {
    case 'plan':
      return { ...subscription, plan: change.to, seats: seatsOnPlan(subscription.seats, subscription.plan, change.to) };
    case 'seats':
      return { ...subscription, seats: change.to };
    case 'remove_module':
      return { ...subscription, modules: subscription.modules.filter((m) => m !== change.module) };
    case 'cycle':
      return { ...subscription, cycle: change.to };
  }
}

/**
 * Scheduled changes act on different targets; a plan change goes first so that a seat
 * count the company chose for the new plan is the one it gets.
 */
function inApplicationOrder(changes: readonly ScheduledChange[]): ScheduledChange[] {
  return [...changes].sort((a, b) => Number(b.kind === 'plan') - Number(a.kind === 'plan'));
}

/**
 * The subscription as it stands on `day`: every scheduled change effective on or before
 * that day applied (a plan change before the others), the others still waiting.
 */
export function applyScheduledChanges(
  subscription: Subscription,
  day: CalendarDay,
): { subscription: Subscription; applied: ScheduledChange[] } {
  const due = subscription.scheduledChanges.filter((change) => daysBetween(change.effectiveOn, day) >= 0);
  const waiting = subscription.scheduledChanges.filter((change) => !due.includes(change));
  const applied = inApplicationOrder(due).reduce(applyOne, { ...subscription, scheduledChanges: waiting });
  return { subscription: { ...applied, modules: sortModules(applied.modules) }, applied: due };
}

/** A sentence for the company when seats exceed the plan's limit, now or once scheduled changes apply; null when they fit. */
export function seatLimitProblem(subscription: Subscription): string | null {
  const later = inApplicationOrder(subscription.scheduledChanges).reduce(applyOne, subscription);
  for (const state of [subscription, later]) {
    const plan = plans[state.plan];
    if (state.seats > plan.seatLimit) {
      return `${plan.name} allows up to ${plan.seatLimit} seats; this change would leave ${state.seats}. Lower your seats first, or choose a larger plan.`;
    }
  }
  return null;
}
