import { planKeys, plans, type PlanKey } from '../../billing/plans';
import type { ModuleKey } from '../catalog';
import { moduleLimits } from '../module-limits';

/** One limit as the usage meter shows it. */
export interface UsageFigure {
  key: string;
  label: string;
  used: number;
  /** Null is unlimited. */
  limit: number | null;
}

/** The thresholds at which owners and admins hear about a limit, once each per billing period. */
export const usageThresholds = [80, 100] as const;

const count = (value: number) => value.toLocaleString('en-GB');

/**
 * The sentence that refuses the record past a limit: the plan's allowance and the plan that
 * lifts it ("Your Starter plan includes 1,000 contacts. Growth includes 25,000.").
 */
/** A label inside a sentence: lower case, except acronyms ("SLA policies"). */
const inSentence = (label: string) => label.split(' ').map((word) => (/^[A-Z]{2,}$/.test(word) ? word : word.toLowerCase())).join(' ');
/** "1 SLA policy", "1 sales pipeline": the last word of a plural label, for a limit of one. */
const singularWord = (label: string) => label.replace(/ies$/, 'y').replace(/xes$/, 'x').replace(/([^s])s$/, '$1');
/** "Languages per site" is plural before its "per": "1 language per site". */
const singular = (label: string) => {
  const at = label.indexOf(' per ');
  return at < 0 ? singularWord(label) : `${singularWord(label.slice(0, at))}${label.slice(at)}`;
};

export function usageLimitMessage(module: ModuleKey, key: string, plan: PlanKey): string {
  const limits = moduleLimits[module];
  const label = inSentence(limits.labels[key] ?? key);
  // "Media storage (GB)" reads "2 GB of media storage".
  const storage = /^(.*) \(gb\)$/.exec(label);
  const amount = (n: number) => (storage ? `${count(n)} GB` : count(n));
  const allowed = limits.byPlan[plan][key];
  const own = storage
    ? `Your ${plans[plan].name} plan includes ${count(allowed ?? 0)} GB of ${storage[1]}.`
    : `Your ${plans[plan].name} plan includes ${count(allowed ?? 0)} ${allowed === 1 ? singular(label) : label}.`;
  const higher = planKeys.slice(planKeys.indexOf(plan) + 1).find((candidate) => {
    const limit = limits.byPlan[candidate][key];
    return limit === null || limit === undefined || limit > (allowed ?? 0);
  });
  if (!higher) return `${own} Remove some to add more, or contact us about a larger plan.`;
  const next = limits.byPlan[higher][key];
  return `${own} ${plans[higher].name} includes ${next === null || next === undefined ? `unlimited ${storage ? storage[1] : label}` : amount(next)}.`;
}

/** The thresholds (80, 100) crossed by going from `before` to `after` of `limit`. */
export function thresholdsCrossed(before: number, after: number, limit: number | null): number[] {
  if (limit === null || limit <= 0) return [];
  return usageThresholds.filter((percent) => before * 100 < percent * limit && after * 100 >= percent * limit);
}
