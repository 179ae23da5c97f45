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
import { Company, PaymentMethod, Subscription, withTenant } from '@atrium/db';
import {
  companyIdAttribute,
  subscriptionStateQuery,
  subscriptionWorkflowId,
  type SubscriptionInput,
  type SubscriptionSnapshot,
} from '@atrium/workflows';
import type { ApiDependencies } from '../deps';
import { loadSubscriptionProjection, type ProjectedSubscription } from './subscription-projection';
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

/**
 * What `subscription:{companyId}` starts from. A company whose subscription the projection
 * already holds resumes from the state it last recorded: the workflow may have been
 * terminated by an operator (or lost with its history), and starting it fresh would hand
 * the company a free Starter month and forget its plan, modules and cards. Only a company
 * that was never subscribed starts on the default plan.
 */
async function subscriptionInput(deps: ApiDependencies, company: CompanyBilling, today: string): Promise<SubscriptionInput> {
  const recorded = await withTenant(deps.orm, { companyId: company.id }, async (em) => {
    const row = await em.findOne(Subscription, { company: company.id });
    if (!row) return null;
    if (row.snapshot) return row.snapshot as unknown as SubscriptionSnapshot;
    const projected = await loadSubscriptionProjection(em, company.id);
    return projected && snapshotFromColumns(company.id, row.revision, projected, await em.count(PaymentMethod, {}));
  });
  return recorded ? { companyId: company.id, snapshot: recorded } : freshStart(company, today);
}

/** A company never subscribed before: the default plan, its first period free. */
function freshStart(company: CompanyBilling, today: string): SubscriptionInput {
  const currency: Currency = isCurrency(company.currency) ? company.currency : 'EUR';
  return {
    companyId: company.id,
    start: { plan: defaultPlan, cycle: 'monthly', currency, country: company.country || 'DE', taxId: company.taxId, startedOn: today },
  };
}

/**
 * A snapshot rebuilt from a row recorded before the projection kept whole snapshots. What
 * the columns do not say is taken on the safe side: a period that may be unpaid is not
 * treated as paid, so a reactivation bills it rather than giving it away.
 */
function snapshotFromColumns(companyId: string, revision: number, projected: ProjectedSubscription, cards: number): SubscriptionSnapshot {
  const { period, status } = projected;
  const paid = status === 'active' || status === 'paused';
  return {
    companyId,
    ...projected,
    invoicedThrough: period.end,
    paidThrough: paid ? period.end : period.start,
    paymentMethods: cards,
    revision,
  };
}

function startOptions(taskQueue: string, companyId: string, input: SubscriptionInput) {
  return {
    workflowId: subscriptionWorkflowId(companyId),
    taskQueue,
    args: [input] as [SubscriptionInput],
    typedSearchAttributes: [{ key: companyIdAttribute, value: companyId }],
  };
}

/** Starts `subscription:{companyId}` on the default plan at signup; starting it again is a no-op. */
export async function startSubscription(temporal: Client, taskQueue: string, company: CompanyBilling): Promise<void> {
  await temporal.workflow.start('subscriptionWorkflow', {
    ...startOptions(taskQueue, company.id, freshStart(company, calendarDay(new Date()))),
    workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
  });
}

/** Starts `subscription:{companyId}` where it is not running: from the recorded state when there is one. */
async function resumeSubscription(deps: ApiDependencies, company: CompanyBilling): Promise<void> {
  await deps.temporal.workflow.start('subscriptionWorkflow', {
    ...startOptions(deps.config.temporal.taskQueue, company.id, await subscriptionInput(deps, company, calendarDay(new Date()))),
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
 * existed gets its subscription on the first call, and one whose workflow was terminated
 * gets it back as recorded.
 */
export async function updateSubscription<Ret, Args extends unknown[]>(
  deps: ApiDependencies,
  companyId: string,
  update: UpdateDefinition<Ret, Args>,
  ...args: Args
): Promise<Ret> {
  const input = await subscriptionInput(deps, await companyBilling(deps, companyId), calendarDay(new Date()));
  const start = new WithStartWorkflowOperation('subscriptionWorkflow', {
    ...startOptions(deps.config.temporal.taskQueue, companyId, input),
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
    await resumeSubscription(deps, await companyBilling(deps, companyId));
    return handle.query(subscriptionStateQuery);
  }
}

function asHttpError(error: unknown): unknown {
  const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
  if (cause instanceof ApplicationFailure && cause.type) {
    return new HttpError(refusalStatus[cause.type] ?? 409, cause.type, cause.message);
  }
  // Temporal takes at most a few updates in flight per workflow: a burst of changes to one
  // subscription is told to try again, not given a 500.
  if (isBusy(error)) {
    const busy = new HttpError(429, 'subscription_busy', 'Several changes to your subscription are being made at once. Wait a moment, then try again.');
    busy.retryAfterSeconds = 2;
    return busy;
  }
  return error;
}

const grpcResourceExhausted = 8;
function isBusy(error: unknown): boolean {
  for (let current = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; current && depth < 4; current = current.cause as typeof current, depth++) {
    if (current.code === grpcResourceExhausted) return true;
    if (current instanceof Error && /in-flight updates|update was aborted/i.test(current.message)) return true;
  }
  return false;
}
