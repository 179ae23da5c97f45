import { isModuleKey, periodContaining, sortModules, type BillingPeriod, type Subscription, type SubscriptionStatus } from '@atrium/core';
import { Company, Invoice, Subscription as SubscriptionRow, SubscriptionItem, type EntityManager } from '@atrium/db';

/** The subscription as its workflow last recorded it in PostgreSQL: what billing pages read. */
export interface ProjectedSubscription {
  subscription: Subscription;
  period: BillingPeriod;
  status: SubscriptionStatus;
  cancelAtPeriodEnd: boolean;
  pausedUntil: string | null;
  /** The renewal invoice dunning is collecting: the open one, if any. */
  dunningInvoiceId: string | null;
}

/**
 * Reads the projection (`subscription`, its items, the company's tax details, an open
 * renewal invoice) inside the caller's tenant transaction; null before the workflow's
 * first recording. Page loads use this, never a Temporal query.
 */
export async function loadSubscriptionProjection(em: EntityManager, companyId: string): Promise<ProjectedSubscription | null> {
  const [row, items, company, dunning] = await Promise.all([
    em.findOne(SubscriptionRow, { company: companyId }),
    em.find(SubscriptionItem, { company: companyId, itemKey: { $like: 'module:%' } }),
    em.findOneOrFail(Company, { id: companyId }),
    em.findOne(Invoice, { company: companyId, kind: 'renewal', status: 'open' }, { orderBy: { createdAt: 'desc' } }),
  ]);
  if (!row) return null;
  const modules = items.map((item) => item.itemKey.slice('module:'.length)).filter(isModuleKey);
  return {
    subscription: {
      plan: row.plan,
      cycle: row.cycle,
      seats: row.seats,
      modules: sortModules(modules),
      currency: row.currency as Subscription['currency'],
      country: company.country || 'DE',
      taxId: company.taxId,
      scheduledChanges: row.scheduledChanges,
    },
    period: periodContaining(row.anchorDay, row.cycle, row.periodStart),
    status: row.status,
    cancelAtPeriodEnd: row.cancelAtPeriodEnd,
    pausedUntil: row.pausedUntil ?? null,
    dunningInvoiceId: row.status === 'payment_failed' || row.status === 'past_due' ? (dunning?.id ?? null) : null,
  };
}
