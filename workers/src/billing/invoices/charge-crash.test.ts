import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { calendarDay } from '@atrium/core';
import { Invoice, MikroORM, ormConfig, Payment, SandboxCharge, withTenant } from '@atrium/db';
import { createCompanyWithOwner } from '@atrium/db/testing';
import { addPaymentMethodUpdate, changePlanUpdate, subscriptionWorkflowId } from '@atrium/workflows';
import { startProcess, stopProcess, type Supervised } from '../../../../scripts/lib/processes';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const taskQueue = 'charge-crash-test';

/**
 * The worker is a real process here, killed with SIGKILL while a charge is in flight and
 * started again: the real dev server retries the charge on the new worker, with the same
 * (invoice, attempt) key, and the company is charged once.
 */
describe('a worker killed mid-charge', () => {
  let connection: Connection;
  let client: Client;
  let orm: MikroORM;
  const workers: Supervised[] = [];

  beforeAll(async () => {
    connection = await Connection.connect({ address: inject('temporalAddress') });
    client = new Client({ connection });
    orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
  });
  afterAll(async () => {
    for (const worker of workers) await stopProcess(worker, 2_000);
    await connection?.close();
    await orm?.close(true);
  });

  function startWorker(name: string): Supervised {
    const worker = startProcess(name, process.execPath, ['--import', 'tsx', 'workers/src/main.ts'], {
      cwd: root,
      quiet: true,
      env: {
        ...process.env,
        DATABASE_URL: inject('databaseUrl'),
        TEMPORAL_ADDRESS: inject('temporalAddress'),
        TEMPORAL_NAMESPACE: 'default',
        TEMPORAL_TASK_QUEUE: taskQueue,
        LOG_LEVEL: 'warn',
        // Long enough to kill the worker while the sandbox is "talking to the bank".
        ATRIUM_SANDBOX_CHARGE_LATENCY_MS: '4000',
      },
    });
    workers.push(worker);
    return worker;
  }

  it('leaves exactly one successful charge and one invoice after a restart', async () => {
    const { companyId } = await createCompanyWithOwner(inject('ownerUrl'), 'Crash Co', { billingRows: false });
    const handle = await client.workflow.start('subscriptionWorkflow', {
      workflowId: subscriptionWorkflowId(companyId),
      taskQueue,
      args: [{ companyId, start: { plan: 'starter', cycle: 'monthly', currency: 'EUR', country: 'DE', taxId: '', startedOn: calendarDay(new Date()) } }],
    });
    const first = startWorker('worker-1');
    await handle.executeUpdate(addPaymentMethodUpdate, {
      args: [{ card: { gateway: 'sandbox', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2040 }, makeDefault: true }],
    });

    const upgrade = handle.executeUpdate(changePlanUpdate, { args: [{ plan: 'growth' }] });
    await until(async () => {
      const { raw } = await handle.describe();
      return (raw.pendingActivities ?? []).some((activity) => activity.activityType?.name === 'chargeInvoice' && Number(activity.attempt) === 1);
    });
    first.child.kill('SIGKILL');
    // Kill the whole group: tsx runs the worker in a child of its own.
    process.kill(-first.child.pid!, 'SIGKILL');
    await first.exited;
    const chargesWhileDown = await withTenant(orm, { companyId }, (em) => em.count(SandboxCharge, {}));

    startWorker('worker-2');
    const outcome = await upgrade;
    expect(outcome.outcome).toBe('applied');

    const { charges, invoices, payments } = await withTenant(orm, { companyId }, async (em) => ({
      charges: await em.find(SandboxCharge, {}),
      invoices: await em.find(Invoice, {}),
      payments: await em.find(Payment, {}),
    }));
    expect(chargesWhileDown).toBe(0);
    expect(charges.map((charge) => charge.status)).toEqual(['succeeded']);
    expect(invoices.map((invoice) => [invoice.kind, invoice.status])).toEqual([['change', 'paid']]);
    expect(payments.map((payment) => [payment.attempt, payment.status])).toEqual([[1, 'succeeded']]);
    expect(charges[0]!.amount).toBe(invoices[0]!.total);
  }, 90_000);
});

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the charge to start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
