/**
 * `npx tsx bench/renewals.ts [N]` (default 1000): how many subscription renewals per second
 * Atrium's worker gets through on a real Temporal dev server and a real PostgreSQL, and how
 * that compares with a workflow that runs as many activities, each doing nothing.
 *
 * 1. N companies, each with a default sandbox card, go straight into the database.
 * 2. N subscription workflows start, each begun a month ago, so its free first period has
 *    ended and its first renewal is due at once: invoice issued, card charged (the invoice
 *    becomes paid), invoice and receipt PDFs rendered, new period recorded.
 * 3. The same number of baseline workflows run the renewal's activities as empty ones.
 *
 * Tuning (environment): BENCH_ACTIVITY_SLOTS, BENCH_WORKFLOW_TASK_SLOTS, BENCH_DB_POOL,
 * BENCH_STARTS_IN_FLIGHT; BENCH_TEMPORAL_JOURNAL=rollback runs the dev server exactly as
 * `npm start` does (see bench-stack.ts for why the default differs). Ports:
 * ATRIUM_BENCH_PG_PORT, ATRIUM_BENCH_TEMPORAL_PORT, ATRIUM_BENCH_TEMPORAL_UI_PORT.
 * Everything it starts lives in `.data/bench` and is stopped and removed at the end; the
 * figures are also written to `bench/results/` (git-ignored).
 */
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';
import { Client, Connection } from '@temporalio/client';
import { tsToMs } from '@temporalio/common/lib/time';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { addDays, calendarDay, daysBetween, defaultPlan, periodEnd, type CalendarDay } from '@atrium/core';
import { createMailer, MikroORM, ormConfig } from '@atrium/db';
import { companyIdAttribute, documentsTaskQueue, subscriptionWorkflowId, type SubscriptionInput } from '@atrium/workflows';
import { createActivities, workflowsPath } from '@atrium/workers';
import { createSandboxGateway } from '../workers/src/billing/gateways/sandbox/sandbox-gateway';
import { benchRun, writeResults } from './bench-run';
import { startBenchStack, type BenchStack } from './bench-stack';
import { startBenchWorker } from './bench-worker';
import { cpuMeter } from './cpu-meter';
import { insertSubscribedCompanies } from './subscribed-companies';

const root = path.resolve(import.meta.dirname, '..');
const log = (line: string) => console.log(`[bench] ${line}`);

const count = Number(process.argv[2] ?? 1000);
if (!Number.isSafeInteger(count) || count < 1) {
  console.error('usage: npx tsx bench/renewals.ts [N]   (N: how many renewals, a whole number ≥ 1; default 1000)');
  process.exit(2);
}

const envInt = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  return value;
};
const settings = {
  activitySlots: envInt('BENCH_ACTIVITY_SLOTS', 100),
  workflowTaskSlots: envInt('BENCH_WORKFLOW_TASK_SLOTS', 40),
  // Every activity slot may hold a connection; above that, connections only wait.
  dbPool: envInt('BENCH_DB_POOL', 20),
  startsInFlight: envInt('BENCH_STARTS_IN_FLIGHT', 100),
  // As workers' createDocumentsWorker: PDFs rendered at once, off the renewals' path.
  documentSlots: envInt('BENCH_DOCUMENT_SLOTS', 2),
};
/** No progress for this long and the run stops with what it can say about a stuck workflow. */
const stallMs = 120_000;

// ---------------------------------------------------------------------------------------------

Runtime.install({ logger: new DefaultLogger('WARN') });

const run = benchRun(log);
const cleanups = { push: run.cleanup };
try {
  const loadBefore = os.loadavg()[0]!;
  log(`N=${count}; ${os.cpus().length} CPUs, load average ${loadBefore.toFixed(2)}`);
  const stack = await startBenchStack(root, log);
  run.cleanup(() => stack.stop());
  log(`PostgreSQL on ${stack.appUrl.replace(/:[^:@/]+@/, ':***@')}, Temporal on ${stack.temporalAddress} (${stack.temporalSource})`);

  const connection = await Connection.connect({ address: stack.temporalAddress });
  cleanups.push(() => connection.close());
  const client = new Client({ connection, namespace: 'default' });

  const insertStarted = Date.now();
  const companyIds = await insertSubscribedCompanies(stack.ownerUrl, count);
  log(`inserted ${count} companies with a default card in ${seconds(Date.now() - insertStarted)} s`);

  const renewals = await measureRenewals(stack, client, companyIds);
  const baseline = await measureBaseline(stack, client, renewals.activityTypes);
  const loadAfter = os.loadavg()[0]!;

  const result = {
    n: count,
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter },
    settings,
    renewals,
    baseline,
  };
  const file = await writeResults(root, `renewals-${count}`, result);
  // The servers say goodbye on stderr; the table comes after that.
  await run.stopEverything();
  printTable(result);
  log(`figures written to ${path.relative(root, file)}`);
  process.exit(0);
} catch (error) {
  run.failed(error);
}

// ---------------------------------------------------------------------------------------------

/**
 * The real thing: the product's workflows and activities (sandbox gateway, outbox mailer),
 * done when every renewal invoice is paid and every subscription has recorded its new period.
 */
async function measureRenewals(stack: BenchStack, client: Client, companyIds: string[]) {
  const orm = await MikroORM.init(ormConfig(stack.appUrl, { pool: { max: settings.dbPool } }));
  cleanups.push(() => orm.close(true));
  const taskQueue = 'bench-renewals';
  const activities = createActivities({
    orm,
    gateway: createSandboxGateway({ orm }),
    mailer: createMailer({ orm }),
    // Only module activation uses it; a plain renewal never does.
    workflowClient: { client, taskQueue },
  });
  const worker = await startBenchWorker(stack.temporalAddress, { taskQueue, workflowsPath, activities }, settings);
  cleanups.push(() => worker.stop());
  // The documents queue's worker, in the same process as in production (workers' createWorker).
  const documentsWorker = await startBenchWorker(
    stack.temporalAddress,
    { taskQueue: documentsTaskQueue(taskQueue), activities: { renderInvoiceDocuments: activities.renderInvoiceDocuments } },
    { ...settings, activitySlots: settings.documentSlots },
  );
  cleanups.push(() => documentsWorker.stop());

  const today = calendarDay(new Date());
  const startedOn = startedOnRenewingBy(today);
  const renewedPeriodStart = periodEnd(startedOn, 'monthly', 0);
  log(`renewals: subscriptions started on ${startedOn}, first renewal due ${renewedPeriodStart}; starting ${companyIds.length} workflows…`);

  const progress = await ownerProgressReader(stack.ownerUrl, renewedPeriodStart);
  cleanups.push(() => progress.close());

  const eventLoop = eventLoopDelay();
  const cpu = cpuMeter({ temporal: stack.temporalPid, postgres: stack.postgresPid });
  const firstStartAt = Date.now();
  const firstRunIds: string[] = [];
  await startAll(companyIds, async (companyId, index) => {
    const input: SubscriptionInput = {
      companyId,
      start: { plan: defaultPlan, cycle: 'monthly', currency: 'EUR', country: 'DE', taxId: '', startedOn },
    };
    // As the API starts it at signup: the company id as a search attribute.
    const handle = await client.workflow.start('subscriptionWorkflow', {
      workflowId: subscriptionWorkflowId(companyId),
      taskQueue,
      args: [input],
      typedSearchAttributes: [{ key: companyIdAttribute, value: companyId }],
    });
    firstRunIds[index] = handle.firstExecutionRunId;
  });
  const startsDoneAt = Date.now();
  log(`renewals: ${companyIds.length} workflows started in ${seconds(startsDoneAt - firstStartAt)} s`);

  const done = await watch({
    label: 'renewals',
    since: firstStartAt,
    read: () => progress.read(),
    done: (now) => now.paid >= companyIds.length && now.renewed >= companyIds.length,
    describe: (now) => `${now.paid} paid, ${now.renewed} renewed of ${companyIds.length}`,
    progressOf: (now) => now.renewed,
    counting: 'renewals',
    explainStall: () => describeStuckRenewal(client, progress),
    workerFailed: worker.failed,
  });
  const eventLoopDelayMs = eventLoop.stop();
  const cpuMsPerWorkflow = cpu.stop(companyIds.length);
  const paidSeconds = (done.lastPaidAt!.getTime() - firstStartAt) / 1000;
  const renewedSeconds = (done.lastRenewedAt!.getTime() - firstStartAt) / 1000;
  const tenths = await progress.paidPerTenth(firstStartAt);
  log(`renewals: paid per tenth of the run (renewals/s): ${tenths.map((rate) => rate.toFixed(1)).join(', ')}`);

  // Off the renewals' path, but part of the work: the PDFs are measured to their end as well.
  const documentsExpected = 2 * companyIds.length;
  await watch({
    label: 'documents',
    since: firstStartAt,
    read: () => progress.checks(),
    done: (now) => now.documents >= documentsExpected,
    describe: (now) => `${now.documents} of ${documentsExpected} PDFs stored`,
    progressOf: (now) => now.documents,
    counting: 'PDFs',
    explainStall: async () => 'PDFs stopped being stored.',
    workerFailed: documentsWorker.failed,
  });
  const documentsSeconds = (Date.now() - firstStartAt) / 1000;
  const cpuMsPerWorkflowWithDocuments = cpu.stop(companyIds.length);

  // What one renewal actually ran, from its history: the baseline runs the same activities,
  // its local ones as ordinary activities (what a renewal ran before they were local).
  // Spread over the whole run: early renewals met an empty queue, late ones a full one.
  const sampled = Array.from({ length: Math.min(20, companyIds.length) }, (_, k) => Math.floor((k * companyIds.length) / Math.min(20, companyIds.length)));
  const samples = await Promise.all(sampled.map((index) => closedRunHistory(client, subscriptionWorkflowId(companyIds[index]!), firstRunIds[index]!)));
  const sample = samples[0]!;
  const activityTypes = sample.activities.map((activity) => activity.type);
  const activityTimings = medianTimings(samples.map((history) => history.activities));
  const sampledRuns = samples.length;
  const checks = { ...(await progress.checks()), retriedActivities: worker.retriedActivities() };
  await worker.stop();
  await documentsWorker.stop();
  log(`renewals: one run's history has ${sample.events} events and ${activityTypes.length} activities: ${activityTimings.map((activity) => activity.type).join(', ')}`);
  log(
    `renewals: ${checks.documents} PDFs stored (invoice + receipt each), ${checks.charges} sandbox charges, ` +
      `${checks.failedPayments} failed payments, ${checks.retriedActivities} activity attempts retried`,
  );
  const continued = await eventuallyCount(client, `WorkflowType = 'subscriptionWorkflow' AND ExecutionStatus = 'ContinuedAsNew'`, companyIds.length);
  log(`renewals: ${continued} subscription runs closed by continuing as new`);

  return {
    startSeconds: (startsDoneAt - firstStartAt) / 1000,
    paid: { seconds: paidSeconds, perSecond: companyIds.length / paidSeconds },
    renewed: { seconds: renewedSeconds, perSecond: companyIds.length / renewedSeconds },
    documents: { seconds: documentsSeconds, perSecond: companyIds.length / documentsSeconds, cpuMsPerWorkflow: cpuMsPerWorkflowWithDocuments },
    paidPerTenth: tenths,
    activityTypes,
    historyEvents: sample.events,
    activityTimings,
    sampledRuns,
    eventLoopDelayMs,
    cpuMsPerWorkflow,
    checks: { ...checks, continuedAsNew: continued },
  };
}

/**
 * The floor: the same number of workflows, each running the renewal's activities (same
 * names, same order, same options) as empty functions, on its own task queue and worker
 * with the same settings. Done when the last workflow's last activity has run, the point
 * that matches a renewal's last `recordSubscription`.
 */
async function measureBaseline(stack: BenchStack, client: Client, activityTypes: string[]) {
  const taskQueue = 'bench-baseline';
  let activitiesRun = 0;
  let lastActivityAt = 0;
  const emptyActivity = async () => {
    activitiesRun += 1;
    lastActivityAt = Date.now();
  };
  const worker = await startBenchWorker(
    stack.temporalAddress,
    {
      taskQueue,
      workflowsPath: path.join(import.meta.dirname, 'baseline-workflow.ts'),
      activities: Object.fromEntries(activityTypes.map((type) => [type, emptyActivity])),
    },
    settings,
  );
  cleanups.push(() => worker.stop());
  const ids = Array.from({ length: count }, (_, index) => `bench-baseline-${index + 1}`);
  const expectedActivities = count * activityTypes.length;
  log(`baseline: starting ${count} workflows of ${activityTypes.length} empty activities…`);

  const eventLoop = eventLoopDelay();
  const cpu = cpuMeter({ temporal: stack.temporalPid, postgres: stack.postgresPid });
  const firstStartAt = Date.now();
  await startAll(ids, (workflowId) => client.workflow.start('renewalBaselineWorkflow', { workflowId, taskQueue, args: [activityTypes] }));
  const startsDoneAt = Date.now();
  log(`baseline: ${count} workflows started in ${seconds(startsDoneAt - firstStartAt)} s`);

  await watch({
    label: 'baseline',
    since: firstStartAt,
    read: async () => ({ activitiesRun }),
    done: (now) => now.activitiesRun >= expectedActivities,
    describe: (now) => `${now.activitiesRun} of ${expectedActivities} activities run`,
    progressOf: (now) => now.activitiesRun,
    counting: 'activities',
    explainStall: async () => `${activitiesRun} of ${expectedActivities} activities had run.`,
    workerFailed: worker.failed,
  });
  const eventLoopDelayMs = eventLoop.stop();
  const cpuMsPerWorkflow = cpu.stop(count);
  const completed = await eventuallyCount(client, `WorkflowType = 'renewalBaselineWorkflow' AND ExecutionStatus = 'Completed'`, count);
  await worker.stop();
  const retriedActivities = worker.retriedActivities();
  log(`baseline: ${completed} workflows completed, ${retriedActivities} activity attempts retried`);
  const done = (lastActivityAt - firstStartAt) / 1000;
  return { startSeconds: (startsDoneAt - firstStartAt) / 1000, seconds: done, perSecond: count / done, completed, retriedActivities, eventLoopDelayMs, cpuMsPerWorkflow };
}

// ---------------------------------------------------------------------------------------------

/**
 * The latest start whose free first period has ended by today, so the first renewal is due
 * the moment the workflow starts: a month ago (`periodEnd(startedOn, 'monthly', 0)` is today
 * whenever the calendar allows it; on the 29th–31st it may be a day or two earlier).
 */
function startedOnRenewingBy(today: CalendarDay): CalendarDay {
  for (let daysAgo = 28; ; daysAgo += 1) {
    const startedOn = addDays(today, -daysAgo);
    if (daysBetween(periodEnd(startedOn, 'monthly', 0), today) >= 0) return startedOn;
  }
}

/**
 * How late the event loop ran timers during a phase. Activities run on it, so PDF rendering
 * delays every other activity's next query, and with it the transactions they hold open.
 */
function eventLoopDelay() {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  return {
    stop() {
      histogram.disable();
      const ms = (ns: number) => Math.round(ns / 1e5) / 10;
      return { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) };
    },
  };
}

/** Runs `start` for every item with at most `startsInFlight` calls waiting on the server. */
async function startAll<T>(items: T[], start: (item: T, index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(settings.startsInFlight, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await start(items[index]!, index);
    }
  });
  await Promise.all(lanes);
}

/**
 * Polls `read` every 250 ms until `done`, saying where it is every 15 s (never once per
 * workflow); gives up with `explainStall` when `progressOf` has not moved for `stallMs`,
 * or at once when the worker dies.
 */
async function watch<P>(phase: {
  label: string;
  since: number;
  read: () => Promise<P>;
  done: (now: P) => boolean;
  describe: (now: P) => string;
  /** What counts as progress, and what it counts (for the rate in the log). */
  progressOf: (now: P) => number;
  counting: string;
  explainStall: () => Promise<string>;
  workerFailed: Promise<never>;
}): Promise<P> {
  let workerError: Error | undefined;
  phase.workerFailed.catch((error) => (workerError = error));
  let lastReport = { at: Date.now(), progress: 0 };
  let lastChange = { at: Date.now(), progress: -1 };
  for (;;) {
    if (workerError) throw workerError;
    const now = await phase.read();
    if (phase.done(now)) return now;
    const at = Date.now();
    const progress = phase.progressOf(now);
    if (progress !== lastChange.progress) {
      lastChange = { at, progress };
    } else if (at - lastChange.at > stallMs) {
      throw new Error(`${phase.label}: no progress for ${stallMs / 1000} s (${phase.describe(now)}). ${await phase.explainStall()}`);
    }
    if (at - lastReport.at >= 15_000) {
      const rate = ((progress - lastReport.progress) * 1000) / (at - lastReport.at);
      log(`${phase.label}: ${phase.describe(now)} at ${seconds(at - phase.since)} s (lately ${rate.toFixed(1)} ${phase.counting}/s)`);
      lastReport = { at, progress };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Reads progress as the owner in a named system context (row-level security is forced on
 * the owner too), on one connection of its own, outside the worker's pool.
 */
async function ownerProgressReader(ownerUrl: string, renewedPeriodStart: CalendarDay) {
  const db = new pg.Client({ connectionString: ownerUrl });
  // PostgreSQL going away (Ctrl-C reaches it first) fails the next read; it must not crash us.
  db.on('error', (error) => log(`progress connection: ${error.message}`));
  await db.connect();
  await db.query(`select set_config('app.system_context', 'bench: progress', false)`);
  return {
    async read() {
      const { rows } = await db.query<{ paid: number; last_paid_at: Date | null; renewed: number; last_renewed_at: Date | null }>(
        `select paid.count as paid, paid.last as last_paid_at, renewed.count as renewed, renewed.last as last_renewed_at
         from (select count(*)::int as count, max(paid_at) as last from invoice where status = 'paid') as paid,
              (select count(*)::int as count, max(updated_at) as last from subscription where period_start = $1) as renewed`,
        [renewedPeriodStart],
      );
      const row = rows[0]!;
      return { paid: row.paid, lastPaidAt: row.last_paid_at, renewed: row.renewed, lastRenewedAt: row.last_renewed_at };
    },
    async checks() {
      const { rows } = await db.query<{ documents: number; charges: number; failed_payments: number }>(
        `select (select count(*)::int from invoice_document) as documents,
                (select count(*)::int from sandbox_charge where status = 'succeeded') as charges,
                (select count(*)::int from payment where status <> 'succeeded') as failed_payments`,
      );
      const row = rows[0]!;
      return { documents: row.documents, charges: row.charges, failedPayments: row.failed_payments };
    },
    /**
     * Renewals per second in each tenth of the run, by the order invoices were paid: the
     * k-th tenth runs from the paid time of the renewal before it (or the first start) to
     * its last one's. A cost that grows with the tables shows as falling figures.
     */
    async paidPerTenth(since: number): Promise<number[]> {
      const { rows } = await db.query<{ paid_at: Date }>(`select paid_at from invoice where status = 'paid' order by paid_at`);
      const times = rows.map((row) => row.paid_at.getTime());
      const rates: number[] = [];
      for (let tenth = 0; tenth < 10; tenth += 1) {
        const from = Math.floor((tenth * times.length) / 10);
        const to = Math.floor(((tenth + 1) * times.length) / 10);
        if (to <= from) continue;
        const start = from === 0 ? since : times[from - 1]!;
        rates.push(((to - from) * 1000) / Math.max(1, times[to - 1]! - start));
      }
      return rates;
    },
    /** A company whose subscription has not reached the new period yet, if any. */
    async oneNotRenewed(): Promise<string | undefined> {
      const { rows } = await db.query<{ id: string }>(
        `select company.id from company left join subscription on subscription.company_id = company.id and subscription.period_start = $1
         where subscription.company_id is null limit 1`,
        [renewedPeriodStart],
      );
      return rows[0]?.id;
    },
    close: () => db.end(),
  };
}

/** For a stalled run: what one unrenewed subscription workflow is waiting on, from Temporal itself. */
async function describeStuckRenewal(client: Client, progress: Awaited<ReturnType<typeof ownerProgressReader>>): Promise<string> {
  const companyId = await progress.oneNotRenewed();
  if (!companyId) return 'Every subscription has renewed.';
  const workflowId = subscriptionWorkflowId(companyId);
  try {
    const description = await client.workflow.getHandle(workflowId).describe();
    const pending = (description.raw.pendingActivities ?? []).map(
      (activity) => `${activity.activityType?.name} (attempt ${activity.attempt}: ${activity.lastFailure?.message ?? 'no failure yet'})`,
    );
    return `${workflowId} is ${description.status.name}, history length ${description.historyLength}; pending activities: ${pending.join('; ') || 'none'}.`;
  } catch (error) {
    return `${workflowId} could not be described: ${(error as Error).message}`;
  }
}

/** The activities a run scheduled, in order, with when each was scheduled, started and completed, once that run has closed. */
async function closedRunHistory(client: Client, workflowId: string, runId: string) {
  const handle = client.workflow.getHandle(workflowId, runId);
  const until = Date.now() + 30_000;
  while ((await handle.describe()).status.name === 'RUNNING' && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const events = (await handle.fetchHistory()).events ?? [];
  const at = (eventId: unknown, kind: 'activityTaskStartedEventAttributes' | 'activityTaskCompletedEventAttributes') => {
    const event = events.find((candidate) => String(candidate[kind]?.scheduledEventId) === String(eventId));
    return event ? tsToMs(event.eventTime) : Number.NaN;
  };
  const activities = events.flatMap((event) => {
    const local = localActivityOf(event);
    if (local) return [local];
    const type = event.activityTaskScheduledEventAttributes?.activityType?.name;
    if (!type) return [];
    const scheduledAt = tsToMs(event.eventTime);
    const startedAt = at(event.eventId, 'activityTaskStartedEventAttributes');
    return [{ type, waitingMs: startedAt - scheduledAt, runningMs: at(event.eventId, 'activityTaskCompletedEventAttributes') - startedAt }];
  });
  return { events: events.length, activities };
}

/**
 * A local activity's marker as a step of the sequence (named `… (local)`): it ran inside a
 * workflow task, so it never waited in a queue. The baseline still runs it as an ordinary
 * empty activity, as the renewal did before.
 */
function localActivityOf(event: { markerRecordedEventAttributes?: { markerName?: string | null; details?: Record<string, { payloads?: Array<{ data?: Uint8Array | null }> | null }> | null } | null }) {
  const marker = event.markerRecordedEventAttributes;
  const payload = marker?.markerName === 'core_local_activity' ? marker.details?.data?.payloads?.[0]?.data : undefined;
  if (!payload) return null;
  const data = JSON.parse(Buffer.from(payload).toString('utf8')) as {
    activity_type: string;
  };
  // The marker's times are the worker's clock, not the server's: no running time is read from them.
  return { type: data.activity_type, local: true, waitingMs: 0, runningMs: Number.NaN };
}

/**
 * Per activity of the sequence, the median time it waited to be picked up (in the task
 * queue and for a free slot) and the median time it ran (until the worker reported back).
 */
function medianTimings(runs: Array<Array<{ type: string; local?: boolean; waitingMs: number; runningMs: number }>>) {
  const median = (values: number[]) => {
    const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
    return sorted.length ? Math.round(sorted[Math.floor(sorted.length / 2)]!) : Number.NaN;
  };
  return runs[0]!.map((activity, position) => ({
    type: activity.local ? `${activity.type} (local)` : activity.type,
    waitingMs: median(runs.map((run) => run[position]?.waitingMs ?? Number.NaN)),
    runningMs: median(runs.map((run) => run[position]?.runningMs ?? Number.NaN)),
  }));
}

/** Visibility is updated after the fact: waits up to 30 s for `expected`, then says what it found. */
async function eventuallyCount(client: Client, query: string, expected: number): Promise<number> {
  const until = Date.now() + 30_000;
  for (;;) {
    const { count: found } = await client.workflow.count(query);
    if (found >= expected || Date.now() > until) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

function printTable(result: {
  n: number;
  machine: { cpus: number; loadAverageBefore: number; loadAverageAfter: number };
  renewals: Awaited<ReturnType<typeof measureRenewals>>;
  baseline: Awaited<ReturnType<typeof measureBaseline>>;
}) {
  const { n, renewals, baseline, machine } = result;
  const ratio = (perSecond: number) => (perSecond / baseline.perSecond).toFixed(2);
  const figures = table([
    ['', 'N', 'seconds', 'per second'],
    ['renewals, until every invoice is paid', String(n), renewals.paid.seconds.toFixed(1), renewals.paid.perSecond.toFixed(1)],
    ['renewals, until every new period is recorded', String(n), renewals.renewed.seconds.toFixed(1), renewals.renewed.perSecond.toFixed(1)],
    ['renewals, until every PDF is stored (off the path)', String(n), renewals.documents.seconds.toFixed(1), renewals.documents.perSecond.toFixed(1)],
    [`baseline, ${renewals.activityTypes.length} empty activities each`, String(n), baseline.seconds.toFixed(1), baseline.perSecond.toFixed(1)],
  ]);
  const cost = (name: string, phase: { cpuMsPerWorkflow: Record<'workerMs' | 'temporalMs' | 'postgresMs', number | null>; eventLoopDelayMs: Record<'p50' | 'p99' | 'max', number> }) => [
    name,
    ...[phase.cpuMsPerWorkflow.workerMs, phase.cpuMsPerWorkflow.temporalMs, phase.cpuMsPerWorkflow.postgresMs].map((ms) => (ms === null ? '?' : String(ms))),
    `${phase.eventLoopDelayMs.p50} / ${phase.eventLoopDelayMs.p99} / ${phase.eventLoopDelayMs.max}`,
  ];
  const costs = table([
    ['CPU ms per workflow', 'worker', 'Temporal', 'PostgreSQL', 'worker event loop delay ms, p50 / p99 / max'],
    cost('renewal', renewals),
    cost('renewal, with its PDFs', { cpuMsPerWorkflow: renewals.documents.cpuMsPerWorkflow, eventLoopDelayMs: renewals.eventLoopDelayMs }),
    cost('baseline', baseline),
  ]);
  const timings = table([
    [`one renewal's activities, median of ${renewals.sampledRuns} runs`, 'waiting ms', 'running ms'],
    ...renewals.activityTimings.map((activity, index): string[] => [`${index + 1}. ${activity.type}`, String(activity.waitingMs), Number.isNaN(activity.runningMs) ? 'in its workflow task' : String(activity.runningMs)]),
  ]);
  console.log(`
${figures}

ratio renewals/s ÷ baseline/s: ${ratio(renewals.paid.perSecond)} (until paid), ${ratio(renewals.renewed.perSecond)} (until recorded), ${ratio(renewals.documents.perSecond)} (until the PDFs are stored)
renewals/s per tenth of the run (until paid): ${renewals.paidPerTenth.map((rate) => rate.toFixed(1)).join(' · ')}

${costs}

${timings}

starting the workflows took ${renewals.startSeconds.toFixed(1)} s (renewals) and ${baseline.startSeconds.toFixed(1)} s (baseline), inside the times above
a renewal's first run: ${renewals.historyEvents} history events; activity attempts retried: ${renewals.checks.retriedActivities} (renewals), ${baseline.retriedActivities} (baseline)
worker: ${settings.activitySlots} activity slots, ${settings.workflowTaskSlots} workflow task slots, ${settings.documentSlots} document slots; database pool ${settings.dbPool}; ${settings.startsInFlight} starts in flight
machine: ${machine.cpus} CPUs, load average ${machine.loadAverageBefore.toFixed(2)} before, ${machine.loadAverageAfter.toFixed(2)} after
`);
}

/** Left-aligned first column, right-aligned figures, a rule under the header. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('   ').trimEnd();
  const header = line(rows[0]!);
  return [header, '-'.repeat(header.length), ...rows.slice(1).map(line)].join('\n');
}
