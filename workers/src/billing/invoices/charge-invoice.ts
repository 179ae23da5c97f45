import { randomUUID } from 'node:crypto';
import { formatMoney, type Currency } from '@atrium/core';
import { Invoice, withTenant, type Mailer, type MikroORM } from '@atrium/db';
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

interface ChargeRead {
  number: string | null;
  status: string;
  total: number;
  currency: string;
  company_name: string;
  billing_email: string;
  recorded_status: string | null;
  recorded_failure_code: string | null;
  recorded_failure_message: string | null;
  card_reference: string | null;
  card_brand: string | null;
  card_last4: string | null;
  customer_gateway: string | null;
  customer_reference: string | null;
}

async function charge(orm: MikroORM, gateway: PaymentGateway, { companyId, invoiceId, attempt }: { companyId: string; invoiceId: string; attempt: number }): Promise<ChargeOutcome> {
  // One read for all the charge needs: the invoice, this attempt if it was recorded, the
  // default card, the company and its gateway customer.
  const [read] = await withTenant(orm, { companyId }, (em) =>
    em.execute<ChargeRead[]>(
      `select invoice.number, invoice.status, invoice.total, invoice.currency, company.name as company_name, company.billing_email,
              payment.status as recorded_status, payment.failure_code as recorded_failure_code, payment.failure_message as recorded_failure_message,
              card.gateway_reference as card_reference, card.brand as card_brand, card.last4 as card_last4,
              payment_customer.gateway as customer_gateway, payment_customer.reference as customer_reference
       from invoice
       join company on company.id = invoice.company_id
       left join payment on payment.invoice_id = invoice.id and payment.attempt = ?
       left join lateral (select * from payment_method where payment_method.company_id = invoice.company_id and payment_method.is_default limit 1) as card on true
       left join payment_customer on payment_customer.company_id = invoice.company_id
       where invoice.id = ?`,
      [attempt, invoiceId],
      'all',
    ),
  );
  if (!read) throw new Error(`Invoice ${invoiceId} not found.`);
  if (read.recorded_status) return outcomeOf({ status: read.recorded_status, failureCode: read.recorded_failure_code, failureMessage: read.recorded_failure_message });
  const invoice = { number: read.number, status: read.status, total: read.total, currency: read.currency as Currency };
  if (invoice.status === 'paid') return { status: 'paid' };
  if (invoice.status !== 'open') return { status: 'failed', code: 'invoice_closed', message: `The invoice is ${invoice.status}.` };

  if (invoice.total <= 0) return record(orm, { companyId, invoiceId, attempt, invoice, result: { status: 'succeeded', reference: null }, card: null, gateway: gateway.name });
  if (!read.card_reference) {
    const result = { status: 'failed' as const, reference: null, code: 'no_payment_method', message: 'There is no card on file' };
    return record(orm, { companyId, invoiceId, attempt, invoice, result, card: null, gateway: gateway.name });
  }
  const known = read.customer_gateway && read.customer_reference ? { gateway: read.customer_gateway, reference: read.customer_reference } : null;
  const customerReference = await ensureGatewayCustomer(orm, gateway, { id: companyId, name: read.company_name, billingEmail: read.billing_email }, { known });
  const result = await gateway.charge({
    companyId,
    customerReference,
    paymentMethodReference: read.card_reference,
    amount: { amount: invoice.total, currency: invoice.currency },
    idempotencyKey: `${invoiceId}:${attempt}`,
    description: `Atrium invoice ${invoice.number}`,
  });
  return record(orm, { companyId, invoiceId, attempt, invoice, result, card: `${capitalise(read.card_brand ?? 'card')} •••• ${read.card_last4}`, gateway: gateway.name });
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
  // One statement: the attempt's payment (first answer wins) and, when it succeeded, the invoice paid.
  await withTenant(orm, { companyId }, (em) =>
    em.execute(
      `with recorded as (
         insert into payment (id, company_id, invoice_id, attempt, amount, currency, status, gateway, gateway_reference, payment_method_label,
           failure_code, failure_message, created_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
         on conflict (invoice_id, attempt) do nothing)
       update invoice set status = 'paid', paid_at = now() where id = ? and status = 'open' and ?::boolean`,
      [
        randomUUID(),
        companyId,
        invoiceId,
        attempt,
        invoice.total,
        invoice.currency,
        result.status,
        input.gateway,
        result.reference,
        input.card,
        result.status === 'failed' ? result.code : null,
        result.status === 'failed' ? result.message.slice(0, 300) : null,
        invoiceId,
        result.status === 'succeeded',
      ],
      'run',
    ),
  );
  return result.status === 'succeeded' ? { status: 'paid' } : { status: 'failed', code: result.code, message: result.message };
}

function outcomeOf(payment: { status: string; failureCode: string | null; failureMessage: string | null }): ChargeOutcome {
  return payment.status === 'succeeded'
    ? { status: 'paid' }
    : { status: 'failed', code: payment.failureCode ?? 'card_declined', message: payment.failureMessage ?? 'The charge failed.' };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
