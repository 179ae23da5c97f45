import { randomUUID } from 'node:crypto';
import type { Currency } from '@atrium/core';
import { Company, Invoice, Payment, PaymentMethod, withTenant, type MikroORM } from '@atrium/db';
import type { BillingActivities, ChargeOutcome } from '@atrium/workflows';
import type { PaymentGateway } from '../gateways/payment-gateway';
import { ensureGatewayCustomer } from '../payment-methods/ensure-gateway-customer';

/**
 * Charges an invoice's total to the company's default card, at most once per (invoice,
 * attempt). Run twice, it finds the recorded attempt; crashed between the gateway's answer
 * and our record, it asks the gateway again with the same idempotency key and gets the
 * same answer, never a second charge.
 */
export function chargeInvoice(orm: MikroORM, gateway: PaymentGateway): BillingActivities['chargeInvoice'] {
  return async ({ companyId, invoiceId, attempt }) => {
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
  };
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
