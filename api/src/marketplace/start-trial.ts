import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy } from '@temporalio/client';
import { moduleNames, moduleStateOf, type ModuleKey } from '@atrium/core';
import { withTenant } from '@atrium/db';
import { companyIdAttribute, trialStateQuery, trialWorkflowId } from '@atrium/workflows';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';
import { completeOnboardingStep } from '../onboarding/complete-onboarding-step';
import { loadModuleFacts } from './module-facts';

/**
 * Starts `trial:{companyId}:{module}`: 14 days, no card. The workflow id may never be
 * reused, which is the "once per module per company" rule in Temporal; the trial row's
 * primary key is the same rule in PostgreSQL.
 */
export async function startTrial(deps: ApiDependencies, companyId: string, module: ModuleKey) {
  const facts = await withTenant(deps.orm, { companyId }, (em) => loadModuleFacts(em, companyId));
  const state = moduleStateOf(module, facts, new Date());
  if (state.kind !== 'not_purchased') throw new HttpError(409, 'module_already_active', `${moduleNames[module]} is already active.`);
  if (!state.trialAvailable) {
    throw new HttpError(409, 'trial_already_used', `${moduleNames[module]} has been tried before; buy it to continue.`);
  }
  try {
    const handle = await deps.temporal.workflow.start('trialWorkflow', {
      workflowId: trialWorkflowId(companyId, module),
      taskQueue: deps.config.temporal.taskQueue,
      args: [{ companyId, module, startedAt: new Date().toISOString() }],
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      typedSearchAttributes: [{ key: companyIdAttribute, value: companyId }],
    });
    await completeOnboardingStep(deps, companyId, 'choose_modules');
    return await handle.query(trialStateQuery);
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) {
      throw new HttpError(409, 'trial_already_used', `${moduleNames[module]} has been tried before; buy it to continue.`);
    }
    throw error;
  }
}
