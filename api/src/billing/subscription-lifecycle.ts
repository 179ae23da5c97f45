import type { CalendarDay } from '@atrium/core';
import { cancelUpdate, pauseUpdate, reactivateUpdate, resumeUpdate } from '@atrium/workflows';
import type { ApiDependencies } from '../deps';
import { overviewOf } from './billing-overview';
import { updateSubscription } from './subscription-workflow';

/** Cancel at the period end: the company keeps everything it paid for until then. */
export async function cancelSubscription(deps: ApiDependencies, companyId: string) {
  return overviewOf(deps, companyId, await updateSubscription(deps, companyId, cancelUpdate));
}

/** Undo a cancellation, or start again (charged now) after the subscription ended. */
export async function reactivateSubscription(deps: ApiDependencies, companyId: string) {
  return overviewOf(deps, companyId, await updateSubscription(deps, companyId, reactivateUpdate));
}

/** Pause now, until a chosen day or until resumed: no invoices, paid modules read-only. */
export async function pauseSubscription(deps: ApiDependencies, companyId: string, until: CalendarDay | null) {
  return overviewOf(deps, companyId, await updateSubscription(deps, companyId, pauseUpdate, { until }));
}

export async function resumeSubscription(deps: ApiDependencies, companyId: string) {
  return overviewOf(deps, companyId, await updateSubscription(deps, companyId, resumeUpdate));
}
