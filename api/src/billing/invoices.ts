import type { Currency } from '@atrium/core';
import { Invoice, InvoiceDocument, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';

/** The billing history, newest first. */
export async function listInvoices(deps: ApiDependencies, companyId: string) {
  return withTenant(deps.orm, { companyId }, async (em) => {
    const invoices = await em.find(Invoice, { status: { $ne: 'draft' } }, { orderBy: { createdAt: 'desc', number: 'desc' } });
    const receipts = await em.find(InvoiceDocument, { kind: 'receipt' });
    const withReceipt = new Set(receipts.map((document) => (typeof document.invoice === 'string' ? document.invoice : document.invoice.id)));
    return invoices.map((invoice) => ({
      id: invoice.id,
      number: invoice.number ?? '',
      kind: invoice.kind,
      status: invoice.status,
      total: { amount: invoice.total, currency: invoice.currency as Currency },
      issuedAt: invoice.issuedAt?.toISOString() ?? null,
      paidAt: invoice.paidAt?.toISOString() ?? null,
      periodStart: invoice.periodStart,
      periodEnd: invoice.periodEnd,
      hasReceipt: withReceipt.has(invoice.id),
    }));
  });
}

/** The stored PDF of an invoice or its receipt, exactly as it was issued. */
export async function invoicePdf(deps: ApiDependencies, companyId: string, invoiceId: string, kind: 'invoice' | 'receipt') {
  return withTenant(deps.orm, { companyId }, async (em) => {
    const invoice = await em.findOne(Invoice, { id: invoiceId });
    if (!invoice) throw new HttpError(404, 'not_found', 'There is no such invoice.');
    const document = await em.findOne(InvoiceDocument, { invoice: invoiceId, kind });
    if (!document) {
      const message = kind === 'receipt' ? 'There is a receipt once the invoice is paid.' : 'The PDF is being prepared; try again in a moment.';
      throw new HttpError(404, 'document_not_ready', message);
    }
    return { filename: `${invoice.number}${kind === 'receipt' ? '-receipt' : ''}.pdf`, bytes: Buffer.from(document.bytes) };
  });
}
