/**
 * The plans a company can be on. Seats are people: active members plus pending
 * invitations. Prices are in `plan-prices.ts`, served with everything else by `catalog`.
 */
export const planKeys = ['starter', 'growth', 'scale'] as const;
export type PlanKey = (typeof planKeys)[number];

export interface Plan {
  key: PlanKey;
  name: string;
  seatsIncluded: number;
  seatLimit: number;
}

export const plans: Record<PlanKey, Plan> = {
  starter: { key: 'starter', name: 'Starter', seatsIncluded: 3, seatLimit: 5 },
  growth: { key: 'growth', name: 'Growth', seatsIncluded: 10, seatLimit: 50 },
  scale: { key: 'scale', name: 'Scale', seatsIncluded: 25, seatLimit: 500 },
};

export const defaultPlan: PlanKey = 'starter';

export function seatLimitMessage(plan: Plan): string {
  const next = planKeys[planKeys.indexOf(plan.key) + 1];
  const raise = next
    ? `Move to ${plans[next].name} (up to ${plans[next].seatLimit} people), or remove a member or a pending invitation.`
    : 'Remove a member or a pending invitation, or contact us about a larger plan.';
  return `Your ${plan.name} plan allows ${plan.seatLimit} people, counting pending invitations. ${raise}`;
}
