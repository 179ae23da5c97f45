import type { ModuleKey } from '@atrium/core';
import { trialPurchasedSignal, trialWorkflowId } from '@atrium/workflows';
import { changeSubscriptionNow } from '../billing/change-subscription';
import { previewChange } from '../billing/preview-change';
import type { ApiDependencies } from '../deps';
import type { Person } from '../http/guards';
import { completeOnboardingStep } from '../onboarding/complete-onboarding-step';

/** What buying the module costs now (prorated to the period end). */
export function previewPurchase(deps: ApiDependencies, companyId: string, module: ModuleKey) {
  return previewChange(deps, companyId, { change: { kind: 'add_module', module } });
}

/**
 * Buys a module: the subscription adds it (charging the prorated amount at once) and its
 * provisioning starts. A trial of it converts at once; a scheduled removal is called off.
 */
export async function buyModule(deps: ApiDependencies, companyId: string, actor: Person, module: ModuleKey) {
  const result = await changeSubscriptionNow(deps, companyId, actor, { change: { kind: 'add_module', module } });
  await deps.temporal.workflow
    .getHandle(trialWorkflowId(companyId, module))
    .signal(trialPurchasedSignal)
    .catch(() => undefined); // no trial running: nothing to convert
  await completeOnboardingStep(deps, companyId, 'choose_modules');
  return result;
}

/** Cancels a module at the period end; it stays usable until then. */
export function cancelModule(deps: ApiDependencies, companyId: string, actor: Person, module: ModuleKey) {
  return changeSubscriptionNow(deps, companyId, actor, { change: { kind: 'remove_module', module } });
}
