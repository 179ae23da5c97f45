import { planKeys, plans, type BillingCycle, type Money } from '@atrium/core';
import { formatDay } from '#lib/dates';
import type { BillingOverview, PaymentMethod, SubscriptionStatus } from './types';

/** Words for the billing page; dates are calendar days (YYYY-MM-DD) shown in UTC like the rest. */

export const statusNames: Record<SubscriptionStatus, string> = {
  active: 'Active',
  payment_failed: 'Payment failed',
  past_due: 'Past due',
  paused: 'Paused',
  canceled: 'Canceled',
};

export const cycleNames: Record<BillingCycle, string> = { monthly: 'Monthly', annual: 'Annual' };
export const perCycle: Record<BillingCycle, string> = { monthly: 'month', annual: 'year' };

export const day = (calendarDay: string): string => formatDay(calendarDay);

export const cardName = (card: Pick<PaymentMethod, 'brand' | 'last4'>): string =>
  `${card.brand.charAt(0).toUpperCase()}${card.brand.slice(1)} ending in ${card.last4}`;

export const cardExpiry = (card: Pick<PaymentMethod, 'expMonth' | 'expYear'>): string =>
  `${String(card.expMonth).padStart(2, '0')}/${card.expYear}`;

/** Basis points as a percentage: 1900 → "19%", 2050 → "20.5%". */
export const taxRate = (basisPoints: number): string => `${basisPoints / 100}%`;

export const isZero = (value: Money): boolean => value.amount === 0;

/**
 * A scheduled change as "Growth → Starter" when it is a plan change (the API describes it
 * as "Plan changes to Starter"), otherwise the API's own description.
 */
export function scheduledChangeText(change: { kind: string; description: string }, subscription: BillingOverview['subscription']): string {
  if (change.kind !== 'plan') return change.description;
  const target = planKeys.map((key) => plans[key]).find((plan) => change.description.endsWith(` ${plan.name}`));
  return target ? `${subscription.planName} → ${target.name}` : change.description;
}
