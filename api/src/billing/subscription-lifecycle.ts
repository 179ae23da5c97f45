import type { CalendarDay } from '@atrium/core';
import { cancelUpdate, pauseUpdate, reactivateUpdate, resumeUpdate } from '@atrium/workflows';
import { recordAuditAfter } from '../audit/record-audit';
import type { ApiDependencies } from '../deps';
import type { Person } from '../http/guards';
import { overviewOf } from './billing-overview';
import { updateSubscription } from './subscription-workflow';

const audited = (deps: ApiDependencies, companyId: string, actor: Person, action: string, details: Record<string, unknown> = {}) =>
  recordAuditAfter(deps, { companyId, actor, category: 'billing', action, target: 'subscription', details });

/** Cancel at the period end: the company keeps everything it paid for until then. */
export async function cancelSubscription(deps: ApiDependencies, companyId: string, actor: Person) {
  const state = await updateSubscription(deps, companyId, cancelUpdate);
  await audited(deps, companyId, actor, 'subscription.canceled', { endsOn: state.period.end });
  return overviewOf(deps, companyId, state);
}

/** Undo a cancellation, or start again (charged now) after the subscription ended. */
export async function reactivateSubscription(deps: ApiDependencies, companyId: string, actor: Person) {
  const state = await updateSubscription(deps, companyId, reactivateUpdate);
  await audited(deps, companyId, actor, 'subscription.reactivated');
  return overviewOf(deps, companyId, state);
}

/** Pause now, until a chosen day or until resumed: no invoices, paid modules read-only. */
export async function pauseSubscription(deps: ApiDependencies, companyId: string, actor: Person, until: CalendarDay | null) {
  const state = await updateSubscription(deps, companyId, pauseUpdate, { until });
  await audited(deps, companyId, actor, 'subscription.paused', { until });
  return overviewOf(deps, companyId, state);
}

export async function resumeSubscription(deps: ApiDependencies, companyId: string, actor: Person) {
  const state = await updateSubscription(deps, companyId, resumeUpdate);
  await audited(deps, companyId, actor, 'subscription.resumed');
  return overviewOf(deps, companyId, state);
}
