import type { Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/client';
import type { OnboardingChecklist } from '@atrium/core';
import { readInOneTrip, type MikroORM } from '@atrium/db';
import { checklistQuery, onboardingWorkflowId } from '@atrium/workflows';
import { HttpError } from '../http/http-error';

/**
 * The checklist as the onboarding workflow last recorded it in PostgreSQL: a page load
 * never waits on Temporal. Only a company whose workflow started before the projection,
 * and has ticked no step since, has no row yet; its workflow is asked instead.
 */
export async function getChecklist(deps: { orm: MikroORM; temporal: Client }, companyId: string): Promise<OnboardingChecklist> {
  const [rows] = await readInOneTrip(deps.orm, { companyId }, [
    { sql: 'select checklist from onboarding_checklist where company_id = ?', values: [companyId] },
  ]);
  const recorded = rows![0]?.checklist as OnboardingChecklist | undefined;
  return recorded ?? askWorkflow(deps.temporal, companyId);
}

async function askWorkflow(temporal: Client, companyId: string): Promise<OnboardingChecklist> {
  try {
    return await temporal.workflow.getHandle(onboardingWorkflowId(companyId)).query(checklistQuery);
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) {
      throw new HttpError(404, 'onboarding_not_found', 'This company has no onboarding in progress.');
    }
    throw error;
  }
}
