import {
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  ParentClosePolicy,
  proxyActivities,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { calendarDay, daysBetween, type SubscriptionChange, type UpcomingInvoice } from '@atrium/core';
import type { MarketplaceActivities } from '../../marketplace/activities';
import type { BillingActivities } from '../activities';
import { dunningWorkflowId, retryPaymentSignal } from '../dunning/messages';
import { dunningWorkflow } from '../dunning/workflow';
import { companyIdAttribute, planAttribute, statusAttribute } from '../../search-attributes';
import {
  addItemUpdate,
  addPaymentMethodUpdate,
  cancelUpdate,
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
 * `subscription:{companyId}`: a company's plan, seats, modules and billing calendar. It
 * waits for the end of the period, invoices the next one in advance and charges the
 * default card, hands a failed charge to `dunning:{invoiceId}`, and continues as new each
 * period. Changes arrive as updates and are answered with the new state or a refusal.
 */
export async function subscriptionWorkflow(input: SubscriptionInput): Promise<SubscriptionSnapshot> {
  const state = new SubscriptionState(input);
  const queue = new SerialQueue();
  const { companyId } = input;
  /** Bumped by anything that moves a deadline (a pause, a resume, the end of dunning). */
  let wake = 0;

  async function record(): Promise<SubscriptionSnapshot> {
    const { subscription, status } = state.snapshot;
    upsertSearchAttributes([
      { key: planAttribute, value: subscription.plan },
      { key: statusAttribute, value: status },
    ]);
    await activities.recordSubscription(state.snapshot);
    return state.snapshot;
  }

  async function refreshTaxDetails(): Promise<void> {
    const profile = await activities.loadBillingProfile({ companyId });
    const { subscription } = state.snapshot;
    state.snapshot = { ...state.snapshot, subscription: { ...subscription, country: profile.country, taxId: profile.taxId } };
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
      // Nothing changes without payment; the invoice stays on record as void.
      await activities.voidInvoice({ companyId, invoiceId: issued.invoiceId });
      state.touch();
      throw refusal('payment_declined', `The payment did not go through: ${charged.message} Nothing was changed.`);
    }
    await activities.renderInvoiceDocuments({ companyId, invoiceId: issued.invoiceId });
    state.adopt(result);
    if (change.kind === 'add_module') await activities.activateModule({ companyId, module: change.module });
    return { outcome: 'applied', state: await record(), invoice: { id: issued.invoiceId, number: issued.number, total: issued.total } };
  }

  /** Invoices a period in advance and charges it; a failed charge goes to dunning. */
  async function bill(renewal: UpcomingInvoice, now: Date): Promise<void> {
    const issued = await activities.issueInvoice({
      companyId,
      businessKey: `renewal:${renewal.period.start}`,
      kind: 'renewal',
      issuedOn: calendarDay(now),
      period: renewal.period,
      invoice: renewal,
    });
    const charged = await activities.chargeInvoice({ companyId, invoiceId: issued.invoiceId, attempt: 1 });
    await activities.renderInvoiceDocuments({ companyId, invoiceId: issued.invoiceId });
    if (charged.status === 'paid') {
      state.setStatus('active');
      return;
    }
    state.setStatus('payment_failed');
    state.snapshot = { ...state.snapshot, dunningInvoiceId: issued.invoiceId };
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
  }

  async function renew(): Promise<void> {
    const now = new Date();
    if (state.snapshot.cancelAtPeriodEnd) {
      state.snapshot = { ...state.snapshot, cancelAtPeriodEnd: false, status: 'canceled' };
      state.touch();
      await record();
      return;
    }
    const paused = state.status === 'paused';
    if (!paused) await refreshTaxDetails();
    const renewal = state.renewal();
    state.enterPeriod(renewal, !paused);
    // Modules whose removal was waiting for this day are torn down (their data kept 30 days).
    for (const change of renewal.appliedChanges) {
      if (change.kind === 'remove_module') await activities.deactivateModule({ companyId, module: change.module });
    }
    // A paused company is not invoiced; its period rolls on unbilled.
    if (!paused) await bill(renewal, now);
    state.touch();
    await record();
  }

  /** Back from a pause or a cancellation; a period not paid for starts again today, billed in full. */
  async function restart(): Promise<SubscriptionSnapshot> {
    const now = new Date();
    const today = calendarDay(now);
    state.snapshot = { ...state.snapshot, pausedUntil: null, cancelAtPeriodEnd: false };
    if (daysBetween(today, state.snapshot.paidThrough) > 0) {
      state.setStatus('active');
    } else {
      await refreshTaxDetails();
      const renewal = state.restartOn(today);
      state.enterPeriod(renewal, true);
      await bill(renewal, now);
    }
    state.touch();
    wake += 1;
    return record();
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
        state.snapshot = { ...state.snapshot, cancelAtPeriodEnd: true };
        state.touch();
        return record();
      }),
    { validator: () => state.validateCancel() },
  );

  setHandler(
    reactivateUpdate,
    () =>
      queue.run(async () => {
        if (state.status !== 'canceled') {
          state.snapshot = { ...state.snapshot, cancelAtPeriodEnd: false };
          state.touch();
          return record();
        }
        return restart();
      }),
    { validator: () => state.validateReactivate() },
  );

  setHandler(
    pauseUpdate,
    ({ until }) =>
      queue.run(async () => {
        state.snapshot = { ...state.snapshot, status: 'paused', pausedUntil: until };
        state.touch();
        wake += 1;
        return record();
      }),
    { validator: ({ until }) => validatePause(state.snapshot, until, new Date()) },
  );

  setHandler(resumeUpdate, () => queue.run(restart), {
    validator: () => {
      if (state.status !== 'paused') throw refusal('not_paused', 'Your subscription is not paused.');
    },
  });

  setHandler(prepareCardSetupUpdate, () => activities.prepareCardSetup({ companyId }));

  /** A new or changed default card is the moment to collect what dunning is chasing. */
  async function retryDunning(): Promise<void> {
    const invoiceId = state.snapshot.dunningInvoiceId;
    if (invoiceId) await getExternalWorkflowHandle(dunningWorkflowId(invoiceId)).signal(retryPaymentSignal);
  }

  setHandler(
    addPaymentMethodUpdate,
    ({ card, makeDefault }) =>
      queue.run(async () => {
        const outcome = await activities.addPaymentMethod({ companyId, card, makeDefault });
        if (outcome.status === 'declined') throw refusal('card_declined', outcome.message);
        state.snapshot = { ...state.snapshot, paymentMethods: state.snapshot.paymentMethods + 1 };
        if (outcome.paymentMethod.isDefault) await retryDunning();
        return outcome.paymentMethod;
      }),
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
      state.snapshot = { ...state.snapshot, paymentMethods: Math.max(0, state.snapshot.paymentMethods - 1) };
    }),
  );

  setHandler(dunningOutcomeSignal, ({ invoiceId, outcome }) =>
    queue.run(async () => {
      if (invoiceId !== state.snapshot.dunningInvoiceId) return;
      if (outcome === 'suspended') state.setStatus('past_due');
      if (outcome === 'paid') {
        state.snapshot = { ...state.snapshot, dunningInvoiceId: null };
        state.setStatus('active');
      }
      if (outcome === 'written_off') {
        state.snapshot = { ...state.snapshot, dunningInvoiceId: null, cancelAtPeriodEnd: false };
        state.setStatus('canceled');
      }
      state.touch();
      wake += 1;
      await record();
    }),
  );

  if (!('snapshot' in input)) await record();

  // Wait for the next deadline: the period end (unless canceled, or while dunning is still
  // collecting the last invoice) or the day a pause ends. One renewal per run.
  let renewed = false;
  while (!renewed && !workflowInfo().continueAsNewSuggested) {
    const seen = wake;
    const deadline = state.nextDeadline(Date.now());
    const waitMs = deadline === null ? undefined : Math.max(0, deadline - Date.now());
    if (waitMs === undefined) await condition(() => wake !== seen || workflowInfo().continueAsNewSuggested);
    else await condition(() => wake !== seen || workflowInfo().continueAsNewSuggested, waitMs);

    const now = Date.now();
    const resumesAt = state.resumesAt;
    if (resumesAt !== null && now >= resumesAt) await queue.run(restart);
    if (state.renewalDue(now)) {
      await queue.run(renew);
      renewed = true;
    }
  }

  await condition(allHandlersFinished);
  return continueAsNew<typeof subscriptionWorkflow>({ companyId, snapshot: state.snapshot });
}
