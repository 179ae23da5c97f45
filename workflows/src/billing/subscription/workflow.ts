import {
  allHandlersFinished,
  condition,
  continueAsNew,
  currentUpdateInfo,
  getExternalWorkflowHandle,
  log,
  ParentClosePolicy,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { calendarDay, currencyLockedMessage, formatMoney, isCurrency, plans, type SubscriptionChange, type UpcomingInvoice } from '@atrium/core';
import type { MarketplaceActivities } from '../../marketplace/activities';
import type { BillingActivities } from '../activities';
import { dunningWorkflowId, retryPaymentSignal } from '../dunning/messages';
import { dunningWorkflow } from '../dunning/workflow';
import { companyIdAttribute, planAttribute, statusAttribute } from '../../search-attributes';
import { documentsTaskQueue } from '../../task-queue';
import {
  addItemUpdate,
  addPaymentMethodUpdate,
  cancelUpdate,
  changeCurrencyUpdate,
  changeCycleUpdate,
  changePlanUpdate,
  changeSeatsUpdate,
  dunningOutcomeSignal,
  pauseUpdate,
  prepareCardSetupUpdate,
  reactivateUpdate,
  removeItemUpdate,
  removePaymentMethodUpdate,
  resumeUpdate,
  setDefaultPaymentMethodUpdate,
  subscriptionStateQuery,
  type ChangeOutcome,
  type SubscriptionInput,
  type SubscriptionSnapshot,
} from './messages';
import { SerialQueue } from './serial-queue';
import { refusal, SubscriptionState } from './subscription-state';
import { validateCard, validatePause } from './validators';

const activities = proxyActivities<BillingActivities & Pick<MarketplaceActivities, 'activateModule' | 'deactivateModule'>>({
  // Charges are keyed (invoice, attempt) and invoices (company, business key): a retry
  // after a timeout or a crash returns what the first call did, never a second charge.
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * A renewal's bookkeeping (tax details, the invoice, the new state recorded) as local
 * activities: this worker runs them inside the workflow task, and each is one marker in the
 * history instead of three events and a workflow task of its own. bench/renewals.ts
 * measured a renewal's Temporal and worker cost falling with it. Each is keyed like its
 * activity (the invoice by company and business key, the record by revision), so running
 * one again after a crash changes nothing. The charge stays an activity: it calls the
 * payment gateway, and its attempts show in the Temporal UI.
 */
const bookkeeping = proxyLocalActivities<Pick<BillingActivities, 'recordSubscription' | 'loadBillingProfile' | 'issueInvoice'>>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});
type Bookkeeping = typeof bookkeeping;

/** Since this patch the first record and the renewal's bookkeeping run as local activities. */
const localBookkeepingPatch = 'renewal-local-bookkeeping';

/**
 * Documents (invoice PDFs and receipts) are derived from the invoice row, which is final
 * before they are rendered. They run after the state change they follow has been recorded,
 * with a short timeout and three attempts, and their failure is caught: a PDF that cannot
 * be rendered (a broken logo, a font bug) never undoes or holds back a paid change, and
 * delays the updates queued behind it by half a minute at worst instead of retrying
 * forever in front of them. They are awaited rather than detached so that the person who
 * just paid gets the receipt with the answer. Rendering is idempotent: when every attempt
 * fails, the next render of that invoice (a dunning payment, an operator's rerun) makes it.
 */
const documents = proxyActivities<Pick<BillingActivities, 'renderInvoiceDocuments'>>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumAttempts: 3 },
});

/**
 * `subscription:{companyId}`: a company's plan, seats, modules and billing calendar. It
 * waits for the end of the period, invoices the next one in advance and charges the
 * default card, hands a failed charge to `dunning:{invoiceId}`, and continues as new each
 * period. Changes arrive as updates and are answered with the new state or a refusal.
 * The rules live in `SubscriptionState`; this function wires messages, the period timer
 * and continue-as-new to it, and runs the activities it asks for.
 */
export async function subscriptionWorkflow(input: SubscriptionInput): Promise<SubscriptionSnapshot> {
  /**
   * A renewal's documents: nobody waits for them (the charge is made and recorded before),
   * so they are rendered on the documents queue, off the path of the renewal and of every
   * update queued behind it, and only awaited before the run continues as new.
   */
  const renewalDocuments = proxyActivities<Pick<BillingActivities, 'renderInvoiceDocuments'>>({
    taskQueue: documentsTaskQueue(workflowInfo().taskQueue),
    startToCloseTimeout: '10 seconds',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumAttempts: 3 },
  });
  const documentsRendering: Promise<void>[] = [];
  const state = new SubscriptionState(input);
  const queue = new SerialQueue();
  const { companyId } = input;
  /** Bumped by anything that moves a deadline (a pause, a resume, the end of dunning). */
  let wake = 0;
  async function record(on: Bookkeeping = activities): Promise<SubscriptionSnapshot> {
    const { subscription, status } = state.snapshot;
    upsertSearchAttributes([
      { key: planAttribute, value: subscription.plan },
      { key: statusAttribute, value: status },
    ]);
    await on.recordSubscription(state.snapshot);
    return state.snapshot;
  }

  /** After the state change: never throws, so a PDF cannot fail what was already decided and paid. */
  async function renderDocuments(invoiceId: string, on: typeof documents = documents): Promise<void> {
    try {
      await on.renderInvoiceDocuments({ companyId, invoiceId });
    } catch (error) {
      log.warn('invoice documents could not be rendered; the subscription is not affected', { companyId, invoiceId, error: String(error) });
    }
  }

  async function refreshTaxDetails(on: Bookkeeping = activities): Promise<void> {
    state.refreshTaxDetails(await on.loadBillingProfile({ companyId }));
  }

  /** A change a person waits for: decided by `core`, charged at once when it is an upgrade. */
  async function applyChange(change: SubscriptionChange): Promise<ChangeOutcome> {
    await refreshTaxDetails();
    const now = new Date();
    const result = state.decide(change, now);
    if (result.outcome === 'scheduled') {
      state.adopt(result);
      return { outcome: 'scheduled', state: await record(), effectiveOn: result.scheduledChange.effectiveOn };
    }
    if (!result.invoice || result.invoice.total.amount <= 0) {
      state.adopt(result);
      return { outcome: 'applied', state: await record(), invoice: null };
    }
    // Keyed by the revision the change was decided on: a retried activity finds this invoice.
    const issued = await activities.issueInvoice({
      companyId,
      businessKey: `change:${state.snapshot.revision}`,
      kind: 'change',
      issuedOn: calendarDay(now),
      period: result.period,
      invoice: result.invoice,
    });
    const charged = await activities.chargeInvoice({ companyId, invoiceId: issued.invoiceId, attempt: 1 });
    if (charged.status === 'failed') {
      // Nothing changes without payment; the invoice stays on record as void. The new
      // revision is recorded so that the next change is invoiced under a key of its own.
      await activities.voidInvoice({ companyId, invoiceId: issued.invoiceId });
      state.declineChange();
      await record();
      throw refusal('payment_declined', `The payment did not go through: ${charged.message} Nothing was changed.`);
    }
    state.adopt(result);
    const recorded = await record();
    await renderDocuments(issued.invoiceId);
    if (change.kind === 'add_module') await activities.activateModule({ companyId, module: change.module });
    return { outcome: 'applied', state: recorded, invoice: { id: issued.invoiceId, number: issued.number, total: issued.total } };
  }

  /**
   * Invoices the current period in advance and charges it; a failed charge goes to dunning.
   * Answers the invoice, whose documents the caller renders once the state is recorded.
   */
  async function bill(renewal: UpcomingInvoice, now: Date, on: Bookkeeping = activities): Promise<string> {
    const issued = await on.issueInvoice({
      companyId,
      businessKey: `renewal:${renewal.period.start}`,
      kind: 'renewal',
      issuedOn: calendarDay(now),
      period: renewal.period,
      invoice: renewal,
    });
    const charged = await activities.chargeInvoice({ companyId, invoiceId: issued.invoiceId, attempt: 1 });
    if (charged.status === 'paid') {
      state.chargeSucceeded();
      return issued.invoiceId;
    }
    state.chargeFailed(issued.invoiceId);
    await startChild(dunningWorkflow, {
      workflowId: dunningWorkflowId(issued.invoiceId),
      args: [
        {
          companyId,
          invoiceId: issued.invoiceId,
          invoiceNumber: issued.number,
          total: issued.total,
          firstFailedAt: now.toISOString(),
          firstFailure: { code: charged.code, message: charged.message },
        },
      ],
      // The subscription continues as new every period; dunning must outlive this run.
      parentClosePolicy: ParentClosePolicy.ABANDON,
      typedSearchAttributes: [{ key: companyIdAttribute, value: companyId }],
    });
    return issued.invoiceId;
  }

  async function renew(): Promise<void> {
    const now = new Date();
    // Runs recorded before it ran every step as an activity (their histories say so).
    const steps = patched(localBookkeepingPatch) ? bookkeeping : activities;
    if (state.snapshot.cancelAtPeriodEnd) {
      state.endAtPeriodEnd();
      await record(steps);
      return;
    }
    const paused = state.status === 'paused';
    if (!paused) await refreshTaxDetails(steps);
    const renewal = state.renewal();
    state.enterPeriod(renewal, !paused);
    // Modules whose removal was waiting for this day are torn down (their data kept 30 days).
    for (const change of renewal.appliedChanges) {
      if (change.kind === 'remove_module') await activities.deactivateModule({ companyId, module: change.module });
    }
    // A paused company is not invoiced; its period rolls on unbilled.
    const invoiceId = paused ? null : await bill(renewal, now, steps);
    await record(steps);
    if (!invoiceId) return;
    // Runs recorded before the documents queue rendered in line (their histories say so).
    if (patched('renewal-documents-queue')) documentsRendering.push(renderDocuments(invoiceId, renewalDocuments));
    else await renderDocuments(invoiceId);
  }

  /** Back from a pause or a cancellation; unless today is paid for, a new period starts today, billed in full. */
  async function restart(): Promise<SubscriptionSnapshot> {
    const now = new Date();
    const today = calendarDay(now);
    let invoiceId: string | null = null;
    if (!state.needsNewPeriodOn(today)) {
      state.resumeWithinPaidPeriod();
    } else {
      await refreshTaxDetails();
      const fresh = state.restartOn(today);
      state.restartIn(fresh);
      invoiceId = await bill(fresh, now);
    }
    wake += 1;
    const recorded = await record();
    if (invoiceId) await renderDocuments(invoiceId);
    return recorded;
  }

  /** Registers a change update: validated against the current state, applied one at a time. */
  function onChange<A>(update: UpdateDefinition<ChangeOutcome, [A]>, toChange: (arg: A) => SubscriptionChange): void {
    setHandler(update, (arg) => queue.run(() => applyChange(toChange(arg))), {
      validator: (arg) => void state.decide(toChange(arg), new Date()),
    });
  }
  onChange(changePlanUpdate, ({ plan }) => ({ kind: 'plan', to: plan }));
  onChange(changeSeatsUpdate, ({ seats }) => ({ kind: 'seats', to: seats }));
  onChange(changeCycleUpdate, ({ cycle }) => ({ kind: 'cycle', to: cycle }));
  onChange(addItemUpdate, ({ module }) => ({ kind: 'add_module', module }));
  onChange(removeItemUpdate, ({ module }) => ({ kind: 'remove_module', module }));

  setHandler(subscriptionStateQuery, () => state.snapshot);

  setHandler(
    cancelUpdate,
    () =>
      queue.run(async () => {
        state.scheduleCancel();
        return record();
      }),
    { validator: () => state.validateCancel() },
  );

  setHandler(
    reactivateUpdate,
    () =>
      queue.run(async () => {
        if (state.status === 'canceled') return restart();
        state.keepSubscription();
        return record();
      }),
    { validator: () => state.validateReactivate() },
  );

  setHandler(
    pauseUpdate,
    ({ until }) =>
      queue.run(async () => {
        state.pause(until);
        wake += 1;
        return record();
      }),
    { validator: ({ until }) => validatePause(state.snapshot, until, new Date()) },
  );

  setHandler(resumeUpdate, () => queue.run(restart), { validator: () => state.validateResume() });

  // Asked inside the queue, where every invoice of this company is issued, so no charge can
  // slip in between the check and the change.
  setHandler(
    changeCurrencyUpdate,
    ({ currency }) =>
      queue.run(async () => {
        const profile = await activities.loadBillingProfile({ companyId });
        if (profile.hasInvoices) throw refusal('currency_locked', currencyLockedMessage);
        state.changeCurrency(currency);
        return record();
      }),
    { validator: ({ currency }) => {
      if (!isCurrency(currency)) throw refusal('invalid_currency', 'Choose EUR, USD or GBP.');
    } },
  );

  setHandler(prepareCardSetupUpdate, () => activities.prepareCardSetup({ companyId }));

  /** A new or changed default card is the moment to collect what dunning is chasing. */
  async function retryDunning(): Promise<void> {
    const invoiceId = state.snapshot.dunningInvoiceId;
    if (!invoiceId) return;
    try {
      await getExternalWorkflowHandle(dunningWorkflowId(invoiceId)).signal(retryPaymentSignal);
    } catch (error) {
      // Dunning has ended (paid, written off, or closed by an operator) and its outcome is on
      // its way here, or was lost with it. The card is stored either way: the person who
      // added it gets their answer, and the outcome signal, if any, settles the state.
      log.warn('dunning had already ended; its retry was not needed', { companyId, invoiceId, error: String(error) });
    }
  }

  setHandler(
    addPaymentMethodUpdate,
    ({ card, makeDefault, idempotencyKey }) => {
      // Read here, in the handler's own context: the same key attaches one card however often it is retried.
      const attachKey = `card:${idempotencyKey ?? currentUpdateInfo()?.id ?? state.snapshot.revision}`;
      return queue.run(async () => {
        const outcome = await activities.addPaymentMethod({ companyId, card, makeDefault, attachKey });
        if (outcome.status === 'declined') throw refusal('card_declined', outcome.message);
        state.cardsOnFile(outcome.cardsOnFile);
        await record();
        if (outcome.paymentMethod.isDefault) await retryDunning();
        return outcome.paymentMethod;
      });
    },
    { validator: ({ card }) => validateCard(card) },
  );

  setHandler(setDefaultPaymentMethodUpdate, ({ paymentMethodId }) =>
    queue.run(async () => {
      const paymentMethod = await activities.setDefaultPaymentMethod({ companyId, paymentMethodId });
      await retryDunning();
      return paymentMethod;
    }),
  );

  setHandler(removePaymentMethodUpdate, ({ paymentMethodId }) =>
    queue.run(async () => {
      const outcome = await activities.removePaymentMethod({ companyId, paymentMethodId, mayRemoveLast: state.status === 'canceled' });
      if (outcome.status === 'refused') throw refusal(outcome.code, outcome.message);
      state.cardsOnFile(outcome.cardsOnFile);
      await record();
    }),
  );

  setHandler(dunningOutcomeSignal, ({ invoiceId, outcome }) =>
    queue.run(async () => {
      if (!state.dunningEnded(invoiceId, outcome)) return;
      wake += 1;
      await record();
    }),
  );

  /**
   * 7 days before the period ends, the owners and billing managers hear what the renewal
   * will charge and when. Keyed by the renewal day, so a retried activity, a resumed or a
   * re-run workflow writes one notice (and one mail). Nothing is charged here.
   */
  let announcedFor: string | null = null;
  async function announceUpcomingCharge(): Promise<void> {
    announcedFor = state.snapshot.period.end;
    const renewal = state.renewal();
    const on = renewal.period.start;
    if (renewal.total.amount <= 0) return;
    const amount = formatMoney(renewal.total);
    const card = state.snapshot.paymentMethods > 0 ? 'to your default card' : 'to your card; there is none on file yet, so add one in Billing before then';
    await activities.notifyBillingContacts({
      companyId,
      kind: 'upcoming_charge',
      category: 'billing',
      title: `Your next charge: ${amount} on ${on}`,
      body: `Your ${plans[renewal.subscription.plan].name} subscription renews on ${on}. We will charge ${amount} ${card}.`,
      dedupeKey: `upcoming-charge:${on}`,
    });
  }

  /** The notice's instant while one is still to be sent this period, else null. */
  function pendingNoticeAt(now: number): number | null {
    const at = state.upcomingChargeNoticeAt();
    if (at === null || now >= state.periodEndsAt || announcedFor === state.snapshot.period.end) return null;
    return at;
  }

  if (!('snapshot' in input)) await record(patched(localBookkeepingPatch) ? bookkeeping : activities);

  // Wait for the next deadline: the period end (unless canceled, or while dunning is still
  // collecting the last invoice), the day a pause ends, or the upcoming-charge notice. One
  // renewal per run.
  let renewed = false;
  while (!renewed && !workflowInfo().continueAsNewSuggested) {
    const seen = wake;
    const deadline = state.nextDeadline(Date.now());
    // Runs that started before the notice existed renew without it (their histories have no such timer).
    const noticeAt = patched('upcoming-charge-notice') ? pendingNoticeAt(Date.now()) : null;
    const next = noticeAt === null ? deadline : deadline === null ? noticeAt : Math.min(deadline, noticeAt);
    const waitMs = next === null ? undefined : Math.max(0, next - Date.now());
    if (waitMs === undefined) await condition(() => wake !== seen || workflowInfo().continueAsNewSuggested);
    else await condition(() => wake !== seen || workflowInfo().continueAsNewSuggested, waitMs);

    const now = Date.now();
    if (noticeAt !== null && now >= noticeAt && pendingNoticeAt(now) !== null) await queue.run(announceUpcomingCharge);
    if (state.resumeDue(now)) await queue.run(restart);
    if (state.renewalDue(now)) {
      await queue.run(renew);
      renewed = true;
    }
  }

  // Every update answered and every document stored before the next run.
  await Promise.all(documentsRendering);
  await condition(allHandlersFinished);
  return continueAsNew<typeof subscriptionWorkflow>({ companyId, snapshot: state.snapshot });
}
