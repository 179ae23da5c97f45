import { inject } from 'vitest';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import type { WorkflowHandle } from '@temporalio/client';
import { Invoice, MikroORM, ormConfig, Payment, withTenant } from '@atrium/db';
import { createCompanyWithOwner } from '@atrium/db/testing';
import { temporal } from '@temporalio/proto';
import { addPaymentMethodUpdate, atriumSearchAttributes, subscriptionWorkflowId, type SubscriptionStart } from '@atrium/workflows';
import { createActivities } from '../src/activities';
import { createDocumentsWorker, workerGroup, workflowsPath } from '../src/create-worker';
import { testActivityDependencies } from './activity-dependencies';

let runtimeInstalled = false;
/** The worker's lifecycle chatter would bury the test report; the runtime is installed once per process. */
function quietRuntime() {
  if (runtimeInstalled) return;
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // Another test file in this process installed it already.
  }
  runtimeInstalled = true;
}

/**
 * A time-skipping Temporal server with a worker that has every real activity and the
 * sandbox gateway; `replace` swaps some activities out (an outside service that fails).
 */
export async function startBillingHarness(taskQueue: string, replace: Partial<ReturnType<typeof createActivities>> = {}) {
  quietRuntime();
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: inject('testServerPath') } },
  });
  // The workflows keep AtriumPlan and AtriumStatus current; the server must know them.
  const keyword = temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD;
  await env.connection.operatorService.addSearchAttributes({
    namespace: 'default',
    searchAttributes: Object.fromEntries(atriumSearchAttributes.map((attribute) => [attribute.name, keyword])),
  });
  const orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
  const activities = { ...createActivities(testActivityDependencies(orm, { client: env.client, taskQueue })), ...replace };
  const worker = workerGroup([
    await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath, activities }),
    // Renewals render their PDFs there, as in production.
    await createDocumentsWorker({ connection: env.nativeConnection, taskQueue, activities }),
  ]);
  const running = worker.run();
  return {
    env,
    orm,
    async stop() {
      worker.shutdown();
      await running;
      await env.teardown();
      await orm.close(true);
    },
  };
}

export type BillingHarness = Awaited<ReturnType<typeof startBillingHarness>>;

/** A company that has never been billed, subscribed on Starter (monthly, EUR, taxed in Germany) from `startedOn`. */
export async function subscribeCompany(harness: BillingHarness, taskQueue: string, name: string, start: Partial<SubscriptionStart> & { startedOn: string }) {
  const { companyId } = await createCompanyWithOwner(inject('ownerUrl'), name, { billingRows: false });
  const handle = await harness.env.client.workflow.start('subscriptionWorkflow', {
    workflowId: subscriptionWorkflowId(companyId),
    taskQueue,
    args: [{ companyId, start: { plan: 'starter', cycle: 'monthly', currency: 'EUR', country: 'DE', taxId: '', ...start } }],
  });
  return { companyId, handle };
}

/** Adds one of Stripe's test cards (by its last four digits) as the default card. */
export function addTestCard(handle: WorkflowHandle, last4: '4242' | '0341' | '9995' | '0002') {
  return handle.executeUpdate(addPaymentMethodUpdate, {
    args: [{ card: { gateway: 'sandbox', brand: 'visa', last4, expMonth: 12, expYear: 2040 }, makeDefault: true }],
  });
}

export function invoicesOf(orm: MikroORM, companyId: string) {
  return withTenant(orm, { companyId }, (em) => em.find(Invoice, {}, { orderBy: { number: 'asc' } }));
}

export function paymentsOf(orm: MikroORM, companyId: string) {
  return withTenant(orm, { companyId }, (em) => em.find(Payment, {}, { orderBy: { createdAt: 'asc', attempt: 'asc' } }));
}

/** Polls until `check` returns a value `done` accepts: activities run in real time while the server skips ahead. */
export async function eventually<T>(check: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
