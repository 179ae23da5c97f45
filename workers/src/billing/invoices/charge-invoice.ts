import { randomUUID } from 'node:crypto';
import { formatMoney, type Currency } from '@atrium/core';
import { Company, Invoice, Payment, PaymentMethod, withTenant, type Mailer, type MikroORM } from '@atrium/db';
import type { BillingActivities, ChargeOutcome } from '@atrium/workflows';
import type { PaymentGateway } from '../gateways/payment-gateway';
import { ensureGatewayCustomer } from '../payment-methods/ensure-gateway-customer';
import { notifyBillingContacts } from '../notices/notify-billing-contacts';

/**
 * Charges an invoice's total to the company's default card, at most once per (invoice,
 * attempt). Run twice, it finds the recorded attempt; crashed between the gateway's answer
 * and our record, it asks the gateway again with the same idempotency key and gets the
 * same answer, never a second charge.
 */
export function chargeInvoice(orm: MikroORM, gateway: PaymentGateway, mailer: Mailer): BillingActivities['chargeInvoice'] {
  const notify = notifyBillingContacts(orm, mailer);
  return async ({ companyId, invoiceId, attempt }) => {
    const outcome = await charge(orm, gateway, { companyId, invoiceId, attempt });
    if (outcome.status === 'failed' && outcome.code !== 'invoice_closed') await noticeOfDeclinedChange(orm, notify, { companyId, invoiceId, attempt }, outcome.message);
    return outcome;
  };
}

/**
 * A declined charge for a change (an upgrade, a module, a trial's conversion) is told to
 * the company's owners and billing managers at once: the person who asked heard the
 * refusal, the people who pay did not. Renewals have dunning for that, which tells them
 * on its first step. Keyed by (invoice, attempt), like the charge.
 */
async function noticeOfDeclinedChange(
  orm: MikroORM,
  notify: BillingActivities['notifyBillingContacts'],
  { companyId, invoiceId, attempt }: { companyId: string; invoiceId: string; attempt: number },
  reason: string,
): Promise<void> {
  const invoice = await withTenant(orm, { companyId }, (em) => em.findOne(Invoice, { id: invoiceId }));
  if (!invoice || invoice.kind !== 'change') return;
  const amount = formatMoney({ amount: invoice.total, currency: invoice.currency as Currency });
  await notify({
    companyId,
    kind: 'payment_failed',
    category: 'billing_failure',
    title: `Payment of ${amount} failed`,
    body: `We could not charge ${amount} for invoice ${invoice.number}: ${reason.replace(/\.$/, '')}. Nothing was changed. Add or update your card in Billing, then try again.`,
    dedupeKey: `payment-failed:${invoiceId}:${attempt}`,
  });
}

async function charge(orm: MikroORM, gateway: PaymentGateway, { companyId, invoiceId, attempt }: { companyId: string; invoiceId: string; attempt: number }): Promise<ChargeOutcome> {
  const prepared = await withTenant(orm, { companyId }, async (em) => {
    const invoice = await em.findOneOrFail(Invoice, { id: invoiceId });
    const recorded = await em.findOne(Payment, { invoice: invoiceId, attempt });
    return {
      invoice: { number: invoice.number, status: invoice.status, total: invoice.total, currency: invoice.currency as Currency },
      recorded: recorded && outcomeOf(recorded),
      card: await em.findOne(PaymentMethod, { isDefault: true }),
      company: await em.findOneOrFail(Company, { id: companyId }),
    };
  });
  const { invoice, recorded, card, company } = prepared;
  if (recorded) return recorded;
  if (invoice.status === 'paid') return { status: 'paid' };
  if (invoice.status !== 'open') return { status: 'failed', code: 'invoice_closed', message: `The invoice is ${invoice.status}.` };

  if (invoice.total <= 0) return record(orm, { companyId, invoiceId, attempt, invoice, result: { status: 'succeeded', reference: null }, card: null, gateway: gateway.name });
  if (!card) {
    const result = { status: 'failed' as const, reference: null, code: 'no_payment_method', message: 'There is no card on file' };
    return record(orm, { companyId, invoiceId, attempt, invoice, result, card: null, gateway: gateway.name });
  }
  const customerReference = await ensureGatewayCustomer(orm, gateway, company);
  const result = await gateway.charge({
    companyId,
    customerReference,
    paymentMethodReference: card.gatewayReference,
    amount: { amount: invoice.total, currency: invoice.currency },
    idempotencyKey: `${invoiceId}:${attempt}`,
    description: `Atrium invoice ${invoice.number}`,
  });
  return record(orm, { companyId, invoiceId, attempt, invoice, result, card: `${capitalise(card.brand)} •••• ${card.last4}`, gateway: gateway.name });
}

type GatewayAnswer =
  | { status: 'succeeded'; reference: string | null }
  | { status: 'failed'; reference: string | null; code: string; message: string };

async function record(
  orm: MikroORM,
  input: {
    companyId: string;
    invoiceId: string;
    attempt: number;
    invoice: { total: number; currency: Currency };
    result: GatewayAnswer;
    card: string | null;
    gateway: string;
  },
): Promise<ChargeOutcome> {
  const { companyId, invoiceId, attempt, invoice, result } = input;
  await withTenant(orm, { companyId }, async (em) => {
    await em.upsert(
      Payment,
      {
        id: randomUUID(),
        company: companyId,
        invoice: invoiceId,
        attempt,
        amount: invoice.total,
        currency: invoice.currency,
        status: result.status,
        gateway: input.gateway,
        gatewayReference: result.reference,
        paymentMethodLabel: input.card,
        failureCode: result.status === 'failed' ? result.code : null,
        failureMessage: result.status === 'failed' ? result.message.slice(0, 300) : null,
        createdAt: new Date(),
      },
      { onConflictFields: ['invoice', 'attempt'], onConflictAction: 'ignore' },
    );
    if (result.status === 'succeeded') {
      await em.nativeUpdate(Invoice, { id: invoiceId, status: 'open' }, { status: 'paid', paidAt: new Date() });
    }
  });
  return result.status === 'succeeded' ? { status: 'paid' } : { status: 'failed', code: result.code, message: result.message };
}

function outcomeOf(payment: InstanceType<typeof Payment.class>): ChargeOutcome {
  return payment.status === 'succeeded'
    ? { status: 'paid' }
    : { status: 'failed', code: payment.failureCode ?? 'card_declined', message: payment.failureMessage ?? 'The charge failed.' };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
