import { randomUUID } from 'node:crypto';
import { startOfDay, type Currency } from '@atrium/core';
import { assignInvoiceNumber, withTenant, type CompanyAddress, type InvoiceCustomer, type MikroORM } from '@atrium/db';
import type { BillingActivities } from '@atrium/workflows';

interface IssueRead {
  invoice_id: string | null;
  number: string | null;
  total: number | null;
  currency: string | null;
  name: string;
  legal_name: string;
  address: CompanyAddress | null;
  country: string;
  tax_id: string;
  billing_email: string;
}

/**
 * Issues an invoice once per (company, business key), in one transaction of three round
 * trips: one read (the invoice already issued under this key, or the company's billing
 * details), one write (the invoice and its lines), and the number, taken from the gapless
 * counter at the very end (`assignInvoiceNumber`), so that the counter, which every
 * company's invoices share, is held for one statement and the commit. If anything fails,
 * the number is given back with the rest.
 */
export function issueInvoice(orm: MikroORM): BillingActivities['issueInvoice'] {
  return (input) =>
    withTenant(orm, { companyId: input.companyId }, async (em) => {
      const [read] = await em.execute<IssueRead[]>(
        `select invoice.id as invoice_id, invoice.number, invoice.total, invoice.currency,
                company.name, company.legal_name, company.address, company.country, company.tax_id, company.billing_email
         from company left join invoice on invoice.company_id = company.id and invoice.business_key = ?
         where company.id = ?`,
        [input.businessKey, input.companyId],
        'all',
      );
      if (!read) throw new Error(`Company ${input.companyId} not found.`);
      if (read.invoice_id) return { invoiceId: read.invoice_id, number: read.number!, total: { amount: read.total!, currency: read.currency as Currency } };

      const { invoice } = input;
      const id = randomUUID();
      const issuedAt = startOfDay(input.issuedOn);
      const lines = invoice.lines.map((line, index) => ({
        id: randomUUID(),
        position: index + 1,
        kind: line.kind,
        description: line.description,
        quantity: line.quantity,
        unit_amount: line.unitAmount.amount,
        amount: line.amount.amount,
      }));
      // Invoice and lines in one statement; the lines' rows come from one JSON parameter. A
      // concurrent issue of the same key (a retried activity whose first attempt is still
      // running) waits for the other's commit and then inserts nothing: it answers the other's invoice.
      const [written] = await em.execute<{ issued: number }[]>(
        `with issued as (
           insert into invoice (id, company_id, business_key, kind, number, status, currency, subtotal, tax_rate, tax_amount, reverse_charge,
             tax_note, total, period_start, period_end, customer, issued_at, due_at, paid_at, closed_at, created_at)
           values (?, ?, ?, ?, null, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, null, null, now())
           on conflict (company_id, business_key) do nothing
           returning id, company_id),
         lines as (
         insert into invoice_line (id, company_id, invoice_id, "position", kind, description, quantity, unit_amount, amount)
         select line.id, issued.company_id, issued.id, line."position", line.kind, line.description, line.quantity, line.unit_amount, line.amount
         from issued, jsonb_to_recordset(?::jsonb) as line(id uuid, "position" int, kind text, description text, quantity int, unit_amount int, amount int))
         select count(*)::int as issued from issued`,
        [
          id,
          input.companyId,
          input.businessKey,
          input.kind,
          invoice.currency,
          invoice.subtotal.amount,
          invoice.tax.rate,
          invoice.tax.amount.amount,
          invoice.tax.reverseCharge,
          invoice.tax.note,
          invoice.total.amount,
          input.period?.start ?? null,
          input.period?.end ?? null,
          JSON.stringify(customerOf(read)),
          issuedAt,
          issuedAt,
          JSON.stringify(lines),
        ],
        'all',
      );
      if (!written?.issued) {
        const [other] = await em.execute<IssueRead[]>('select id as invoice_id, number, total, currency from invoice where business_key = ?', [input.businessKey], 'all');
        if (!other?.number) throw new Error(`Invoice ${input.businessKey} of company ${input.companyId} was being issued concurrently and is not visible.`);
        return { invoiceId: other.invoice_id!, number: other.number, total: { amount: other.total!, currency: other.currency as Currency } };
      }
      const number = await assignInvoiceNumber(em, id, Number(input.issuedOn.slice(0, 4)));
      return { invoiceId: id, number, total: invoice.total };
    });
}

/** The billing details as they are at issue time; the invoice keeps them even if the company moves. */
function customerOf(company: IssueRead): InvoiceCustomer {
  const { line1, line2, postalCode, city, region } = company.address ?? {};
  const cityLine = [postalCode, city].filter(Boolean).join(' ');
  return {
    name: company.legal_name || company.name,
    addressLines: [line1, line2, cityLine, region].filter((line): line is string => Boolean(line)),
    country: company.country,
    taxId: company.tax_id,
    email: company.billing_email,
  };
}
