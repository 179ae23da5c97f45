import type { CalendarDay } from '../billing/calendar';
import { isCurrency, type Currency } from '../billing/money';
import { defaultPlan, plans, type Plan, type PlanKey } from '../billing/plans';
import { seatsOnPlan, type ScheduledChange } from '../billing/subscription';
import type { SubscriptionStatus } from '../billing/subscription-status';
import { moduleKeys, type ModuleKey } from '../modules/catalog';
import { moduleLimits, type UsageLimits } from '../modules/module-limits';
import type { ModuleState } from './module-state';

/** The subscription as PostgreSQL holds it: the projection its workflow writes on every change. */
export interface SubscriptionProjection {
  plan: PlanKey;
  status: SubscriptionStatus;
  /** Seats paid for in total, the plan's included seats counted. */
  seats: number;
  currency: Currency;
  /** Modules the subscription charges for (its `module:*` items). */
  modules: readonly ModuleKey[];
  scheduledChanges: readonly ScheduledChange[];
}

export interface TrialFact {
  module: ModuleKey;
  /** `active`, `converted` or `lapsed`. */
  status: string;
  endsAt: Date;
}

/** Everything `entitlementsOf` reads; the API loads it in one query per request. */
export interface EntitlementFacts {
  /** Null only between signup and the workflow's first recording. */
  subscription: SubscriptionProjection | null;
  trials: readonly TrialFact[];
  /** The company's currency, used only until the subscription is recorded. */
  companyCurrency: string;
}

export interface ModuleEntitlement {
  state: ModuleState;
  /** The plan's usage limits for this module; null is unlimited. */
  limits: UsageLimits;
}

/** What a company may use now. The module gate, seats, the company view, the overview and the marketplace all read this. */
export interface Entitlements {
  plan: Plan;
  /** `starting` until the subscription workflow has recorded its first state. */
  status: SubscriptionStatus | 'starting';
  seats: { paid: number; included: number; limit: number; scheduled: ScheduledSeats | null };
  currency: Currency;
  modules: Record<ModuleKey, ModuleEntitlement>;
  /** Modules that grant anything (active, trial, read-only), in catalog order. */
  usableModules: ModuleKey[];
  /** Paid modules take no writes: the subscription is past due or paused. */
  modulesReadOnly: boolean;
}

/** Fewer seats from the next period on: a seat reduction, or a smaller plan, waiting for the renewal. */
export interface ScheduledSeats {
  seats: number;
  effectiveOn: CalendarDay;
}

const dayMs = 86_400_000;

/** Statuses under which paid modules work as paid for. `payment_failed` keeps working while dunning retries. */
const workingStatuses: readonly SubscriptionStatus[] = ['active', 'payment_failed'];
const readOnlyStatuses: readonly SubscriptionStatus[] = ['past_due', 'paused'];

/**
 * The one answer to "what may this company use now", from the subscription projection and
 * the trials. A canceled subscription (at the period end, or written off after dunning)
 * grants no paid module; a trial stands on its own, without a card.
 */
export function entitlementsOf(facts: EntitlementFacts, now: Date): Entitlements {
  const subscription = facts.subscription;
  const plan = plans[subscription?.plan ?? defaultPlan];
  const status = subscription?.status ?? 'starting';
  const currency: Currency = subscription?.currency ?? (isCurrency(facts.companyCurrency) ? facts.companyCurrency : 'EUR');
  const removals = scheduledRemovals(subscription?.scheduledChanges ?? []);

  const stateOf = (module: ModuleKey): ModuleState => {
    if (subscription && subscription.modules.includes(module)) {
      if (workingStatuses.includes(subscription.status)) return { kind: 'active', removalOn: removals[module] ?? null };
      if (readOnlyStatuses.includes(subscription.status)) return { kind: 'read_only' };
    }
    const trial = facts.trials.find((candidate) => candidate.module === module);
    if (trial && trial.status === 'active' && trial.endsAt.getTime() > now.getTime()) {
      return { kind: 'trial', endsAt: trial.endsAt.toISOString(), daysLeft: Math.ceil((trial.endsAt.getTime() - now.getTime()) / dayMs) };
    }
    return { kind: 'not_available', trialAvailable: !trial };
  };

  const modules = Object.fromEntries(
    moduleKeys.map((module) => [module, { state: stateOf(module), limits: moduleLimits[module].byPlan[plan.key] }]),
  ) as Record<ModuleKey, ModuleEntitlement>;
  return {
    plan,
    status,
    seats: {
      paid: subscription?.seats ?? plan.seatsIncluded,
      included: plan.seatsIncluded,
      limit: plan.seatLimit,
      scheduled: subscription ? scheduledSeats(subscription) : null,
    },
    currency,
    modules,
    usableModules: moduleKeys.filter((module) => modules[module].state.kind !== 'not_available'),
    modulesReadOnly: readOnlyStatuses.includes(status as SubscriptionStatus),
  };
}

/** The seats the waiting changes leave at the renewal, when fewer than now. */
function scheduledSeats(subscription: SubscriptionProjection): ScheduledSeats | null {
  let seats = subscription.seats;
  let plan = subscription.plan;
  let effectiveOn: CalendarDay | null = null;
  for (const change of subscription.scheduledChanges) {
    if (change.kind === 'seats') seats = change.to;
    else if (change.kind === 'plan') [seats, plan] = [seatsOnPlan(seats, plan, change.to), change.to];
    else continue;
    effectiveOn = change.effectiveOn;
  }
  return effectiveOn && seats < subscription.seats ? { seats, effectiveOn } : null;
}

function scheduledRemovals(changes: readonly ScheduledChange[]): Partial<Record<ModuleKey, CalendarDay>> {
  const removals: Partial<Record<ModuleKey, CalendarDay>> = {};
  for (const change of changes) if (change.kind === 'remove_module') removals[change.module] = change.effectiveOn;
  return removals;
}
