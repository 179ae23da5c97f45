import { condition, getExternalWorkflowHandle, log, proxyActivities, setHandler } from '@temporalio/workflow';
import { formatMoney } from '@atrium/core';
import type { BillingActivities } from '../activities';
import { dunningOutcomeSignal, subscriptionWorkflowId, type DunningOutcome } from '../subscription/messages';
import {
  dunningProgressQuery,
  dunningRetryDays,
  dunningWriteOffDays,
  retryPaymentSignal,
  type DunningInput,
} from './messages';

const dayMs = 86_400_000;

const { chargeInvoice, markInvoiceUncollectible, notifyBillingContacts } = proxyActivities<BillingActivities>({
  // A charge that hangs is retried with the same (invoice, attempt) key: the gateway answers the first outcome.
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/**
 * The receipt is rendered after the payment is reported to the subscription, with a few
 * attempts only and its failure caught: a PDF that cannot be rendered must not keep a paid
 * company read-only. Rendering is idempotent; a later render of the invoice produces it.
 */
const { renderInvoiceDocuments } = proxyActivities<BillingActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumAttempts: 3 },
});

/**
 * `dunning:{invoiceId}`: collects a renewal invoice whose first charge failed. Retries on
 * days 1, 3, 5 and 7 after that failure, and at once whenever the company adds or changes
 * its default card. After the last scheduled retry the subscription is past due (paid
 * modules read-only); 30 days after the first failure the invoice is written off and the
 * subscription canceled. Paying at any point ends it and lifts every restriction.
 */
export async function dunningWorkflow(input: DunningInput): Promise<DunningOutcome> {
  const firstFailedAt = Date.parse(input.firstFailedAt);
  const writeOffAt = firstFailedAt + dunningWriteOffDays * dayMs;
  let attempts = 1;
  let retryRequested = false;
  let suspended = false;
  let nextRetryAt: number | null = firstFailedAt + dunningRetryDays[0] * dayMs;

  setHandler(retryPaymentSignal, () => {
    retryRequested = true;
  });
  setHandler(dunningProgressQuery, () => ({
    invoiceId: input.invoiceId,
    attempts,
    nextRetryAt: nextRetryAt === null ? null : new Date(nextRetryAt).toISOString(),
    suspended,
    writeOffAt: new Date(writeOffAt).toISOString(),
  }));

  const subscription = getExternalWorkflowHandle(subscriptionWorkflowId(input.companyId));
  const amount = formatMoney(input.total);

  // Only the activity's input changes with `category`, which replay does not compare: no patch needed.
  const notice = (key: string, title: string, body: string, category: 'billing_failure' | 'billing' = 'billing_failure') =>
    notifyBillingContacts({ companyId: input.companyId, kind: 'payment', category, title, body, dedupeKey: `dunning:${input.invoiceId}:${key}` });

  async function noticeOfFailure(code: string, message: string): Promise<void> {
    const next = nextRetryAt === null ? 'Your paid modules are read-only until it is paid.' : `We will try again on ${new Date(nextRetryAt).toISOString().slice(0, 10)}.`;
    await notice(
      `failed:${attempts}`,
      `Payment of ${amount} failed`,
      `We could not collect ${amount} for invoice ${input.invoiceNumber}: ${reason(code, message)}. ${next} Add or update your card in Billing to pay it now.`,
    );
  }

  /** One more attempt; true when the invoice is paid. Each attempt number is charged at most once. */
  async function attempt(): Promise<boolean> {
    attempts += 1;
    const outcome = await chargeInvoice({ companyId: input.companyId, invoiceId: input.invoiceId, attempt: attempts });
    if (outcome.status === 'paid') {
      await subscription.signal(dunningOutcomeSignal, { invoiceId: input.invoiceId, outcome: 'paid' });
      await renderInvoiceDocuments({ companyId: input.companyId, invoiceId: input.invoiceId }).catch((error: unknown) =>
        log.warn('the receipt could not be rendered; the payment stands', { invoiceId: input.invoiceId, error: String(error) }),
      );
      await notice('paid', `Invoice ${input.invoiceNumber} is paid`, `Thank you: ${amount} was collected and every restriction is lifted.`, 'billing');
      return true;
    }
    await noticeOfFailure(outcome.code, outcome.message);
    return false;
  }

  /** Waits until `until`, retrying at once each time the company updates its card. */
  async function waitRetryingOnCardUpdate(until: number): Promise<boolean> {
    while (Date.now() < until) {
      const requested = await condition(() => retryRequested, until - Date.now());
      if (!requested) return false;
      retryRequested = false;
      if (await attempt()) return true;
    }
    return false;
  }

  await noticeOfFailure(input.firstFailure.code, input.firstFailure.message);

  for (const [index, day] of dunningRetryDays.entries()) {
    if (await waitRetryingOnCardUpdate(firstFailedAt + day * dayMs)) return 'paid';
    const following = dunningRetryDays[index + 1];
    nextRetryAt = following === undefined ? null : firstFailedAt + following * dayMs;
    if (await attempt()) return 'paid';
  }

  suspended = true;
  await subscription.signal(dunningOutcomeSignal, { invoiceId: input.invoiceId, outcome: 'suspended' });
  if (await waitRetryingOnCardUpdate(writeOffAt)) return 'paid';

  await markInvoiceUncollectible({ companyId: input.companyId, invoiceId: input.invoiceId });
  await subscription.signal(dunningOutcomeSignal, { invoiceId: input.invoiceId, outcome: 'written_off' });
  await notice(
    'written-off',
    `Invoice ${input.invoiceNumber} was written off`,
    `We could not collect ${amount} within ${dunningWriteOffDays} days, so your subscription is canceled. Your data is kept; reactivate in Billing to continue.`,
  );
  return 'written_off';
}

function reason(code: string, message: string): string {
  if (code === 'no_payment_method') return 'there is no card on file';
  return (message || code).replace(/\.$/, '').replace(/^./, (first) => first.toLowerCase());
}
