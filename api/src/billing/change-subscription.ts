import type { SubscriptionChangeRequest } from '@atrium/core';
import {
  addItemUpdate,
  changeCycleUpdate,
  changePlanUpdate,
  changeSeatsUpdate,
  removeItemUpdate,
  type ChangeOutcome,
} from '@atrium/workflows';
import { withTenant } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import type { Person } from '../http/guards';
import { assertSeatsHoldPeople } from './assert-seats-hold-people';
import { auditSubscriptionChange } from './audit-subscription-change';
import { notifySubscriptionChange } from './notify-subscription-change';
import { overviewOf } from './billing-overview';
import { loadSubscriptionProjection } from './subscription-projection';
import { updateSubscription } from './subscription-workflow';

/** Applies a change through the subscription workflow; an upgrade is charged before it answers. */
export async function changeSubscriptionNow(deps: ApiDependencies, companyId: string, actor: Person, { change }: SubscriptionChangeRequest) {
  await assertSeatsHoldPeople(deps, companyId, change);
  const before = await withTenant(deps.orm, { companyId }, (em) => loadSubscriptionProjection(em, companyId));
  const outcome = await sendChange(deps, companyId, change);
  const result = {
    outcome: outcome.outcome,
    charged: outcome.outcome === 'applied' ? (outcome.invoice?.total ?? null) : null,
    effectiveOn: outcome.outcome === 'scheduled' ? outcome.effectiveOn : null,
  };
  await auditSubscriptionChange(deps, companyId, actor, change, before, result);
  await notifySubscriptionChange(deps, companyId, actor, change, { ...result, revision: outcome.state.revision });
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
