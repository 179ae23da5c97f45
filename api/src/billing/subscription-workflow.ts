import { ApplicationFailure } from '@temporalio/common';
import {
  WithStartWorkflowOperation,
  WorkflowIdConflictPolicy,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
} from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { calendarDay, defaultPlan, isCurrency, type Currency } from '@atrium/core';
import { Company, withTenant } from '@atrium/db';
import {
  companyIdAttribute,
  subscriptionStateQuery,
  subscriptionWorkflowId,
  type SubscriptionInput,
  type SubscriptionSnapshot,
} from '@atrium/workflows';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';

/** How the workflow's refusals reach a person: a status code per refusal type. */
const refusalStatus: Record<string, number> = {
  payment_declined: 402,
  payment_method_required: 402,
  card_declined: 402,
  not_found: 404,
  invalid_card: 400,
  invalid_date: 400,
};

interface CompanyBilling {
  id: string;
  currency: string;
  country: string;
  taxId: string;
}

function startOptions(taskQueue: string, company: CompanyBilling, today: string) {
  const currency: Currency = isCurrency(company.currency) ? company.currency : 'EUR';
  const input: SubscriptionInput = {
    companyId: company.id,
    start: { plan: defaultPlan, cycle: 'monthly', currency, country: company.country || 'DE', taxId: company.taxId, startedOn: today },
  };
  return {
    workflowId: subscriptionWorkflowId(company.id),
    taskQueue,
    args: [input] as [SubscriptionInput],
    typedSearchAttributes: [{ key: companyIdAttribute, value: company.id }],
  };
}

/** Starts `subscription:{companyId}` on the default plan at signup; starting it again is a no-op. */
export async function startSubscription(temporal: Client, taskQueue: string, company: CompanyBilling): Promise<void> {
  await temporal.workflow.start('subscriptionWorkflow', {
    ...startOptions(taskQueue, company, calendarDay(new Date())),
    workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
  });
}

async function companyBilling(deps: ApiDependencies, companyId: string): Promise<CompanyBilling> {
  const company = await withTenant(deps.orm, { companyId }, (em) => em.findOneOrFail(Company, { id: companyId }));
  return { id: company.id, currency: company.currency, country: company.country, taxId: company.taxId };
}

/**
 * Sends an update to the company's subscription and answers with its result, or turns
 * its refusal into an HttpError. Update-with-start: a company created before billing
 * existed gets its subscription on the first call.
 */
export async function updateSubscription<Ret, Args extends unknown[]>(
  deps: ApiDependencies,
  companyId: string,
  update: UpdateDefinition<Ret, Args>,
  ...args: Args
): Promise<Ret> {
  const start = new WithStartWorkflowOperation('subscriptionWorkflow', {
    ...startOptions(deps.config.temporal.taskQueue, await companyBilling(deps, companyId), calendarDay(new Date())),
    workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
  });
  try {
    return await deps.temporal.workflow.executeUpdateWithStart(update, { args, startWorkflowOperation: start });
  } catch (error) {
    throw asHttpError(error);
  }
}

/** The subscription's current state, starting the workflow first for a company that has none. */
export async function subscriptionState(deps: ApiDependencies, companyId: string): Promise<SubscriptionSnapshot> {
  const handle = deps.temporal.workflow.getHandle(subscriptionWorkflowId(companyId));
  try {
    return await handle.query(subscriptionStateQuery);
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) throw error;
    await startSubscription(deps.temporal, deps.config.temporal.taskQueue, await companyBilling(deps, companyId));
    return handle.query(subscriptionStateQuery);
  }
}

function asHttpError(error: unknown): unknown {
  const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
  if (cause instanceof ApplicationFailure && cause.type) {
    return new HttpError(refusalStatus[cause.type] ?? 409, cause.type, cause.message);
  }
  return error;
}
