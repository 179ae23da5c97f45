import pg from 'pg';
import { Client, Connection } from '@temporalio/client';
import { addDays, calendarDay, daysBetween, defaultPlan, periodEnd, type CalendarDay } from '@atrium/core';
import { companyIdAttribute, defaultTaskQueue, subscriptionWorkflowId, type SubscriptionInput } from '@atrium/workflows';
import { insertSubscribedCompanies } from '../subscribed-companies';
import { startApiWrites } from './api-writes';
import { startChaosStack, type ChaosPorts, type ChaosStack } from './chaos-stack';

export interface ChaosOptions {
  root: string;
  dataDir: string;
  ports: ChaosPorts;
  renewals: number;
  log: (line: string) => void;
  /** How long the renewals may take to settle after the last fault. */
  settleTimeoutMs: number;
}

/**
 * Renewals and a stream of API writes while, in turn, a worker is SIGKILLed, the Temporal
 * server is killed, PostgreSQL is killed, and the API is killed mid-request; each is
 * restarted. The renewals are started in batches, one before each fault, so that every
 * fault meets renewals in flight. Afterwards, what a company would check: one paid invoice
 * per renewal, one successful charge per invoice, invoice numbers without a gap, every
 * accepted write present and every refused one absent, and every subscription running.
 */
export async function runChaos(options: ChaosOptions) {
  const { log } = options;
  const stack = await startChaosStack({ root: options.root, dataDir: options.dataDir, ports: options.ports, workers: 2, log });
  try {
    return await underFaults(stack, options);
  } finally {
    await stack.stop();
  }
}

async function underFaults(stack: ChaosStack, options: ChaosOptions) {
  const { log } = options;
  const connection = await Connection.connect({ address: stack.temporalAddress });
  const client = new Client({ connection, namespace: 'default' });
  try {
    const companyIds = await insertSubscribedCompanies(stack.ownerUrl, options.renewals);
    const writes = await startApiWrites(stack.apiUrl, log);
    log(`${options.renewals} companies due for renewal; API writes running`);
    const today = calendarDay(new Date());
    const startedOn = startedOnRenewingBy(today);
    const renewedPeriodStart = periodEnd(startedOn, 'monthly', 0);
    const progress = () => renewalProgress(stack.ownerUrl, companyIds, renewedPeriodStart);

    const faults: Array<{ name: string; kill: () => Promise<void>; restart: () => Promise<void> }> = [
      { name: 'worker 1 SIGKILLed', kill: () => stack.killWorker(0), restart: () => stack.restartWorker(0) },
      { name: 'Temporal server killed', kill: () => stack.killTemporal(), restart: () => stack.restartTemporal() },
      { name: 'PostgreSQL killed', kill: () => stack.killPostgres(), restart: () => stack.restartPostgres() },
      { name: 'API killed mid-request', kill: () => stack.killApi(), restart: () => stack.restartApi() },
    ];
    const batches = split(companyIds, faults.length + 1);
    const startedAt = Date.now();
    let started = 0;
    for (const [index, fault] of faults.entries()) {
      await startRenewals(client, batches[index]!, startedOn);
      started += batches[index]!.length;
      // Renewals in flight: wait (on a condition) until this batch has begun to be paid.
      const before = (await progress()).paid;
      await until(`renewals of batch ${index + 1} under way`, async () => (await progress()).paid > before || (await progress()).paid >= started, 120_000);
      const writesBefore = writes.counts().accepted;
      await until('API writes under way', async () => writes.counts().accepted > writesBefore, 60_000, () => JSON.stringify(writes.counts()));
      log(`${fault.name} (${(await progress()).paid} of ${companyIds.length} paid)`);
      await fault.kill();
      await fault.restart();
      log(`  restarted`);
    }
    await startRenewals(client, batches.at(-1)!, startedOn);
    await until('every renewal paid and recorded', async () => {
      const now = await progress();
      return now.paid >= companyIds.length && now.renewed >= companyIds.length;
    }, options.settleTimeoutMs);
    const settledSeconds = (Date.now() - startedAt) / 1000;
    // A few more writes after the last restart, then the check.
    const writesBefore = writes.counts().accepted;
    await until('API writes after the last restart', async () => writes.counts().accepted > writesBefore + 3, 60_000, () => JSON.stringify(writes.counts()));
    const writeChecks = await writes.stopAndCheck(stack.ownerUrl);
    const ledger = await ledgerChecks(stack.ownerUrl, companyIds);
    const running = await runningSubscriptions(client, companyIds);
    return { renewals: companyIds.length, settledSeconds, faults: faults.map((fault) => fault.name), ...ledger, runningAgain: running, writes: writeChecks, crashes: [...stack.crashes] };
  } finally {
    await connection.close();
  }
}

export type ChaosResult = Awaited<ReturnType<typeof runChaos>>;

async function startRenewals(client: Client, companyIds: string[], startedOn: CalendarDay): Promise<void> {
  for (const companyId of companyIds) {
    const input: SubscriptionInput = { companyId, start: { plan: defaultPlan, cycle: 'monthly', currency: 'EUR', country: 'DE', taxId: '', startedOn } };
    // Right after a restart the server may still refuse for a moment.
    await retrying(() =>
      client.workflow.start('subscriptionWorkflow', {
        workflowId: subscriptionWorkflowId(companyId),
        taskQueue: defaultTaskQueue,
        args: [input],
        typedSearchAttributes: [{ key: companyIdAttribute, value: companyId }],
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    );
  }
}

/** Reads as the owner in a named system context, on a connection of its own per read: PostgreSQL may be down in between. */
async function asOwner<T>(ownerUrl: string, work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: ownerUrl });
  db.on('error', () => {});
  await db.connect();
  try {
    await db.query('begin');
    await db.query(`select set_config('app.system_context', 'chaos: checks', true)`);
    const result = await work(db);
    await db.query('commit');
    return result;
  } finally {
    await db.end().catch(() => {});
  }
}

async function renewalProgress(ownerUrl: string, companyIds: string[], renewedPeriodStart: CalendarDay) {
  try {
    return await asOwner(ownerUrl, async (db) => {
      const { rows } = await db.query<{ paid: number; renewed: number }>(
        `select (select count(*)::int from invoice where company_id = any($1::uuid[]) and kind = 'renewal' and status = 'paid') as paid,
                (select count(*)::int from subscription where company_id = any($1::uuid[]) and period_start = $2) as renewed`,
        [companyIds, renewedPeriodStart],
      );
      return rows[0]!;
    });
  } catch {
    return { paid: 0, renewed: 0 };
  }
}

/** Per renewal, per invoice and per year: what the books say after the faults. */
async function ledgerChecks(ownerUrl: string, companyIds: string[]) {
  return asOwner(ownerUrl, async (db) => {
    const perCompany = await db.query<{ paid: number; renewal_invoices: number }>(
      `select count(invoice.id) filter (where invoice.status = 'paid')::int as paid, count(invoice.id)::int as renewal_invoices
       from unnest($1::uuid[]) as company(id) left join invoice on invoice.company_id = company.id and invoice.kind = 'renewal'
       group by company.id`,
      [companyIds],
    );
    const perInvoice = await db.query<{ charges: number }>(
      `select (select count(*)::int from sandbox_charge where sandbox_charge.idempotency_key like invoice.id || ':%' and sandbox_charge.status = 'succeeded') as charges
       from invoice where invoice.status = 'paid'`,
    );
    const numbers = await db.query<{ year: string; count: number; highest: number }>(
      `select split_part(number, '-', 2) as year, count(*)::int as count, max(split_part(number, '-', 3)::int) as highest
       from invoice where number is not null group by 1`,
    );
    const tally = (values: number[]) => ({ exactlyOne: values.filter((value) => value === 1).length, none: values.filter((value) => value === 0).length, more: values.filter((value) => value > 1).length });
    return {
      paidInvoicesPerRenewal: tally(perCompany.rows.map((row) => row.paid)),
      renewalInvoicesPerRenewal: tally(perCompany.rows.map((row) => row.renewal_invoices)),
      successfulChargesPerPaidInvoice: tally(perInvoice.rows.map((row) => row.charges)),
      invoiceNumbers: numbers.rows.reduce((sum, row) => sum + row.count, 0),
      invoiceNumberGaps: numbers.rows.reduce((sum, row) => sum + (row.highest - row.count), 0),
    };
  });
}

/** Every subscription is running again: its next run, after continuing as new. */
async function runningSubscriptions(client: Client, companyIds: string[]): Promise<number> {
  let running = 0;
  for (const chunk of split(companyIds, Math.ceil(companyIds.length / 50))) {
    const statuses = await Promise.all(chunk.map((companyId) => retrying(() => client.workflow.getHandle(subscriptionWorkflowId(companyId)).describe())));
    running += statuses.filter((description) => description.status.name === 'RUNNING').length;
  }
  return running;
}

/** The latest start whose free first period has ended by today (as bench/renewals.ts). */
function startedOnRenewingBy(today: CalendarDay): CalendarDay {
  for (let daysAgo = 28; ; daysAgo += 1) {
    const startedOn = addDays(today, -daysAgo);
    if (daysBetween(periodEnd(startedOn, 'monthly', 0), today) >= 0) return startedOn;
  }
}

function split<T>(items: T[], parts: number): T[][] {
  return Array.from({ length: Math.max(1, parts) }, (_, part) => items.slice(Math.floor((part * items.length) / parts), Math.floor(((part + 1) * items.length) / parts)));
}

async function retrying<T>(attempt: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Polls a condition every 250 ms; fails naming it after `timeoutMs`. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs: number, state: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`chaos: timed out waiting for ${what} ${state()}`.trimEnd());
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
