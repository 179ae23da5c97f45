import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy } from '@temporalio/client';
import { moduleNames, moduleTrialDays, type Entitlements, type ModuleKey } from '@atrium/core';
import { ModuleTrial, UniqueConstraintViolationException, withTenant } from '@atrium/db';
import { companyIdAttribute, trialWorkflowId } from '@atrium/workflows';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';
import { completeOnboardingStep } from '../onboarding/complete-onboarding-step';

/**
 * Starts `trial:{companyId}:{module}`: 14 days, no card. The workflow id may never be
 * reused, which is the "once per module per company" rule in Temporal; the trial row's
 * primary key is the same rule in PostgreSQL.
 */
export async function startTrial(deps: ApiDependencies, companyId: string, entitlements: Entitlements, module: ModuleKey) {
  const { state } = entitlements.modules[module];
  if (state.kind !== 'not_available') throw new HttpError(409, 'module_already_active', `${moduleNames[module]} is already active.`);
  if (!state.trialAvailable) {
    throw new HttpError(409, 'trial_already_used', `${moduleNames[module]} has been tried before; buy it to continue.`);
  }
  const startedAt = new Date();
  const endsAt = new Date(startedAt.getTime() + moduleTrialDays * 86_400_000);
  try {
    // The trial row is written with the start, so the module is usable the moment we
    // answer; the workflow's own first activity finds it (same start) and goes on.
    await withTenant(deps.orm, { companyId }, async (em) => {
      em.create(ModuleTrial, { company: companyId, module, status: 'active', startedAt, endsAt, closedAt: null });
      await em.flush();
      await deps.temporal.workflow.start('trialWorkflow', {
        workflowId: trialWorkflowId(companyId, module),
        taskQueue: deps.config.temporal.taskQueue,
        args: [{ companyId, module, startedAt: startedAt.toISOString() }],
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        typedSearchAttributes: [{ key: companyIdAttribute, value: companyId }],
      });
    });
    await completeOnboardingStep(deps, companyId, 'choose_modules');
    return { module, endsAt: endsAt.toISOString(), status: 'active' as const };
  } catch (error) {
    // Two clicks at once: one wins the row (or the workflow id), the other hears why.
    if (error instanceof WorkflowExecutionAlreadyStartedError || error instanceof UniqueConstraintViolationException) {
      throw new HttpError(409, 'trial_already_used', `${moduleNames[module]} has been tried before; buy it to continue.`);
    }
    throw error;
  }
}
