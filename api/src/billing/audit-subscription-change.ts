import type { Money, SubscriptionChange } from '@atrium/core';
import { recordAuditAfter } from '../audit/record-audit';
import type { ApiDependencies } from '../deps';
import type { Person } from '../http/guards';
import type { ProjectedSubscription } from './subscription-projection';

/** What a change did, for the audit log: from, to, when, and what it charged. */
export async function auditSubscriptionChange(
  deps: ApiDependencies,
  companyId: string,
  actor: Person,
  change: SubscriptionChange,
  before: ProjectedSubscription | null,
  result: { outcome: 'applied' | 'scheduled'; charged: Money | null; effectiveOn: string | null },
): Promise<void> {
  const when = { ...(result.effectiveOn ? { effectiveOn: result.effectiveOn } : {}), charged: result.charged };
  const entry = { companyId, actor, category: 'billing' as const };
  switch (change.kind) {
    case 'plan':
      return recordAuditAfter(deps, { ...entry, action: 'subscription.plan_changed', target: change.to, details: { from: before?.subscription.plan, to: change.to, ...when } });
    case 'seats':
      return recordAuditAfter(deps, { ...entry, action: 'subscription.seats_changed', target: String(change.to), details: { from: before?.subscription.seats, to: change.to, ...when } });
    case 'cycle':
      return recordAuditAfter(deps, { ...entry, action: 'subscription.cycle_changed', target: change.to, details: { from: before?.subscription.cycle, to: change.to, ...when } });
    case 'add_module':
      return recordAuditAfter(deps, { ...entry, action: 'module.purchased', target: change.module, details: when });
    case 'remove_module':
      return recordAuditAfter(deps, { ...entry, action: 'module.canceled', target: change.module, details: when });
  }
}
