import type { Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/client';
import type { OnboardingChecklist } from '@atrium/core';
import { checklistQuery, onboardingWorkflowId } from '@atrium/workflows';
import { HttpError } from '../http/http-error';

/** The checklist as the onboarding workflow holds it (it is the source of truth). */
export async function getChecklist(temporal: Client, companyId: string): Promise<OnboardingChecklist> {
  try {
    return await temporal.workflow.getHandle(onboardingWorkflowId(companyId)).query(checklistQuery);
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) {
      throw new HttpError(404, 'onboarding_not_found', 'This company has no onboarding in progress.');
    }
    throw error;
  }
}
