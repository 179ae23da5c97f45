import type { SubscriptionChangeRequest } from '@atrium/core';
import {
  addItemUpdate,
  changeCycleUpdate,
  changePlanUpdate,
  changeSeatsUpdate,
  removeItemUpdate,
  type ChangeOutcome,
} from '@atrium/workflows';
import type { ApiDependencies } from '../deps';
import { overviewOf } from './billing-overview';
import { updateSubscription } from './subscription-workflow';

/** Applies a change through the subscription workflow; an upgrade is charged before it answers. */
export async function changeSubscriptionNow(deps: ApiDependencies, companyId: string, { change }: SubscriptionChangeRequest) {
  const outcome = await sendChange(deps, companyId, change);
  return {
    outcome: outcome.outcome,
    invoice: outcome.outcome === 'applied' ? outcome.invoice : null,
    billing: await overviewOf(deps, companyId, outcome.state),
  };
}

function sendChange(deps: ApiDependencies, companyId: string, change: SubscriptionChangeRequest['change']): Promise<ChangeOutcome> {
  switch (change.kind) {
    case 'plan':
      return updateSubscription(deps, companyId, changePlanUpdate, { plan: change.to });
    case 'seats':
      return updateSubscription(deps, companyId, changeSeatsUpdate, { seats: change.to });
    case 'cycle':
      return updateSubscription(deps, companyId, changeCycleUpdate, { cycle: change.to });
    case 'add_module':
      return updateSubscription(deps, companyId, addItemUpdate, { module: change.module });
    case 'remove_module':
      return updateSubscription(deps, companyId, removeItemUpdate, { module: change.module });
  }
}
