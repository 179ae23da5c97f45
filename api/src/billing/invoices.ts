import type { Currency, invoiceSummaryView } from '@atrium/core';
import type { z } from 'zod';
import { Invoice, InvoiceDocument, readInOneTrip, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';

const isoOrNull = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string).toISOString());

/**
 * The billing history, newest first, in one round trip; whether a receipt exists is asked
 * of its row, never by loading the stored PDFs.
 */
export async function listInvoices(deps: ApiDependencies, companyId: string): Promise<z.infer<typeof invoiceSummaryView>[]> {
  const [rows] = await readInOneTrip(deps.orm, { companyId }, [
    {
      sql: `select i.id, i.number, i.kind, i.status, i.total, i.currency, i.issued_at, i.paid_at, i.period_start, i.period_end,
                   exists (select 1 from invoice_document d where d.invoice_id = i.id and d.kind = 'receipt') as has_receipt
              from invoice i where i.company_id = ? and i.status <> 'draft'
             order by i.created_at desc, i.number desc`,
      values: [companyId],
    },
  ]);
  return rows!.map((invoice) => ({
    id: invoice.id as string,
    number: (invoice.number as string | null) ?? '',
    kind: invoice.kind as 'renewal' | 'change',
    status: invoice.status as z.infer<typeof invoiceSummaryView>['status'],
    total: { amount: invoice.total as number, currency: invoice.currency as Currency },
    issuedAt: isoOrNull(invoice.issued_at),
    paidAt: isoOrNull(invoice.paid_at),
    periodStart: invoice.period_start as z.infer<typeof invoiceSummaryView>['periodStart'],
    periodEnd: invoice.period_end as z.infer<typeof invoiceSummaryView>['periodEnd'],
    hasReceipt: invoice.has_receipt as boolean,
  }));
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
