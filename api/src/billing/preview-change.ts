import { changeSubscription, type SubscriptionChangeRequest } from '@atrium/core';
import { Company, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';
import { invoiceContent } from './billing-overview';
import { subscriptionState } from './subscription-workflow';

/**
 * What a change would do, computed by the same pure function the workflow applies, so
 * the preview a person confirms is the charge they get (barring a day boundary between).
 */
export async function previewChange(deps: ApiDependencies, companyId: string, { change }: SubscriptionChangeRequest) {
  const snapshot = await subscriptionState(deps, companyId);
  if (snapshot.status !== 'active') {
    throw new HttpError(409, `subscription_${snapshot.status}`, `Your subscription is ${snapshot.status.replace('_', ' ')}; changes are not possible right now.`);
  }
  const company = await withTenant(deps.orm, { companyId }, (em) => em.findOneOrFail(Company, { id: companyId }));
  const subscription = { ...snapshot.subscription, country: company.country || 'DE', taxId: company.taxId };
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
