import { calendarDay, seller, type Currency, type Money } from '@atrium/core';
import { CompanyLogo, Invoice, InvoiceDocument, InvoiceLine, Payment, withTenant, type MikroORM } from '@atrium/db';
import type { BillingActivities } from '@atrium/workflows';
import type { InvoiceDocument as PdfInput } from '../invoice-pdf/invoice-document';
import { renderInvoicePdf } from '../invoice-pdf/render-invoice-pdf';

/**
 * Renders the invoice's PDF, and its receipt once paid, and keeps them: a download later
 * is byte for byte what was issued. Documents already stored are not rendered again.
 */
export function renderInvoiceDocuments(orm: MikroORM): BillingActivities['renderInvoiceDocuments'] {
  return async ({ companyId, invoiceId }) => {
    const loaded = await withTenant(orm, { companyId }, async (em) => {
      const invoice = await em.findOneOrFail(Invoice, { id: invoiceId });
      const stored = await em.find(InvoiceDocument, { invoice: invoiceId });
      return {
        invoice,
        stored: stored.map((document) => document.kind),
        lines: await em.find(InvoiceLine, { invoice: invoiceId }, { orderBy: { position: 'asc' } }),
        payment: await em.findOne(Payment, { invoice: invoiceId, status: 'succeeded' }),
        logo: await em.findOne(CompanyLogo, { company: companyId }),
      };
    });
    const kinds = (['invoice', 'receipt'] as const).filter(
      (kind) => !loaded.stored.includes(kind) && (kind === 'invoice' || loaded.invoice.status === 'paid'),
    );
    for (const kind of kinds) {
      const bytes = await renderInvoicePdf(pdfInput(kind, loaded));
      await withTenant(orm, { companyId }, (em) =>
        em.upsert(
          InvoiceDocument,
          { invoice: invoiceId, kind, company: companyId, bytes, createdAt: new Date() },
          { onConflictFields: ['invoice', 'kind'], onConflictAction: 'ignore' },
        ),
      );
    }
  };
}

type Loaded = {
  invoice: InstanceType<typeof Invoice.class>;
  lines: InstanceType<typeof InvoiceLine.class>[];
  payment: InstanceType<typeof Payment.class> | null;
  logo: InstanceType<typeof CompanyLogo.class> | null;
};

function pdfInput(kind: 'invoice' | 'receipt', { invoice, lines, payment, logo }: Loaded): PdfInput {
  const currency = invoice.currency as Currency;
  const money = (amount: number): Money => ({ amount, currency });
  const issuedOn = calendarDay(invoice.issuedAt ?? invoice.createdAt);
  const paidOn = invoice.paidAt ? calendarDay(invoice.paidAt) : null;
  const [brand = 'Card', last4 = ''] = (payment?.paymentMethodLabel ?? '').split(' •••• ');
  return {
    kind,
    number: invoice.number ?? 'DRAFT',
    status: invoice.status === 'draft' ? 'open' : invoice.status,
    issuedOn,
    dueOn: calendarDay(invoice.dueAt ?? invoice.createdAt),
    paidOn,
    period: invoice.periodStart && invoice.periodEnd ? { start: invoice.periodStart, end: invoice.periodEnd } : null,
    seller: { ...seller, addressLines: [...seller.addressLines] },
    customer: invoice.customer,
    logo: logo ? { contentType: logo.contentType, bytes: new Uint8Array(logo.bytes) } : null,
    currency,
    lines: lines.map((line) => ({
      description: line.description,
      quantity: line.quantity,
      unitAmount: money(line.unitAmount),
      amount: money(line.amount),
    })),
    subtotal: money(invoice.subtotal),
    tax: { rate: invoice.taxRate, reverseCharge: invoice.reverseCharge, note: invoice.taxNote, amount: money(invoice.taxAmount) },
    total: money(invoice.total),
    payment: kind === 'receipt' && paidOn ? { brand, last4, paidOn } : null,
  };
}

