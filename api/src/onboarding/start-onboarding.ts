import type { Client } from '@temporalio/client';
import { companyIdAttribute, onboardingWorkflowId } from '@atrium/workflows';
import { WorkflowIdConflictPolicy } from '@temporalio/client';

/** Starts `onboarding:{companyId}`; starting it again for the same company is a no-op. */
export async function startOnboarding(temporal: Client, taskQueue: string, companyId: string): Promise<void> {
  await temporal.workflow.start('onboardingWorkflow', {
    workflowId: onboardingWorkflowId(companyId),
    taskQueue,
    args: [{ companyId }],
    workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
    typedSearchAttributes: [{ key: companyIdAttribute, value: companyId }],
  });
}
