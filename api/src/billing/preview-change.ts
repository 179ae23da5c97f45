import { changeSubscription, type SubscriptionChangeRequest } from '@atrium/core';
import { withTenant } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';
import { assertSeatsHoldPeople } from './assert-seats-hold-people';
import { invoiceContent } from './billing-overview';
import { loadSubscriptionProjection } from './subscription-projection';
import { subscriptionState } from './subscription-workflow';

/**
 * What a change would do, computed by the same pure function the workflow applies, so
 * the preview a person confirms is the charge they get (barring a day boundary between).
 */
export async function previewChange(deps: ApiDependencies, companyId: string, { change }: SubscriptionChangeRequest) {
  const projected = await withTenant(deps.orm, { companyId }, (em) => loadSubscriptionProjection(em, companyId));
  const snapshot = projected ?? (await subscriptionState(deps, companyId));
  if (snapshot.status !== 'active') {
    throw new HttpError(409, `subscription_${snapshot.status}`, `Your subscription is ${snapshot.status.replace('_', ' ')}; changes are not possible right now.`);
  }
  await assertSeatsHoldPeople(deps, companyId, change);
  // The projection carries the company's tax details as they stand now, as the charge will.
  const subscription = snapshot.subscription;
  const result = changeSubscription(subscription, snapshot.period, change, new Date());
  if (result.outcome === 'refused') throw new HttpError(409, result.error, result.message);
  if (result.outcome === 'scheduled') {
    const { effectiveOn } = result.scheduledChange;
    return { outcome: 'scheduled' as const, effectiveOn, message: `Nothing is charged now; this takes effect on ${effectiveOn}.` };
  }
  const zero = { amount: 0, currency: subscription.currency };
  const content = result.invoice
    ? invoiceContent(result.invoice)
    : { lines: [], subtotal: zero, tax: { rate: 0, note: '', amount: zero }, total: zero };
  return { outcome: 'applied' as const, chargeNow: content.total, ...content };
}
