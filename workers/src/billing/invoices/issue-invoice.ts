import { randomUUID } from 'node:crypto';
import { formatInvoiceNumber, startOfDay, type Currency } from '@atrium/core';
import { Company, Invoice, InvoiceLine, withTenant, type InvoiceCustomer, type MikroORM } from '@atrium/db';
import type { BillingActivities } from '@atrium/workflows';

/**
 * Issues an invoice once per (company, business key). The number comes from the gapless
 * counter inside the same transaction: if anything below fails, the number is given back.
 */
export function issueInvoice(orm: MikroORM): BillingActivities['issueInvoice'] {
  return (input) =>
    withTenant(orm, { companyId: input.companyId }, async (em) => {
      const existing = await em.findOne(Invoice, { company: input.companyId, businessKey: input.businessKey });
      if (existing) return { invoiceId: existing.id, number: existing.number!, total: { amount: existing.total, currency: existing.currency as Currency } };

      const company = await em.findOneOrFail(Company, { id: input.companyId });
      const year = Number(input.issuedOn.slice(0, 4));
      const [{ next }] = await em.execute<[{ next: number }]>('select next_invoice_number(?) as next', [year], 'all');
      const number = formatInvoiceNumber(year, next);
      const issuedAt = startOfDay(input.issuedOn);
      const { invoice } = input;
      const id = randomUUID();
      em.create(Invoice, {
        id,
        company: input.companyId,
        businessKey: input.businessKey,
        kind: input.kind,
        number,
        status: 'open',
        currency: invoice.currency,
        subtotal: invoice.subtotal.amount,
        taxRate: invoice.tax.rate,
        taxAmount: invoice.tax.amount.amount,
        reverseCharge: invoice.tax.reverseCharge,
        taxNote: invoice.tax.note,
        total: invoice.total.amount,
        periodStart: input.period?.start ?? null,
        periodEnd: input.period?.end ?? null,
        customer: customerOf(company),
        issuedAt,
        dueAt: issuedAt,
        paidAt: null,
        closedAt: null,
      });
      invoice.lines.forEach((line, index) =>
        em.create(InvoiceLine, {
          id: randomUUID(),
          company: input.companyId,
          invoice: id,
          position: index + 1,
          kind: line.kind,
          description: line.description,
          quantity: line.quantity,
          unitAmount: line.unitAmount.amount,
          amount: line.amount.amount,
        }),
      );
      await em.flush();
      return { invoiceId: id, number, total: invoice.total };
    });
}

/** The billing details as they are at issue time; the invoice keeps them even if the company moves. */
function customerOf(company: InstanceType<typeof Company.class>): InvoiceCustomer {
  const { line1, line2, postalCode, city, region } = company.address ?? {};
  const cityLine = [postalCode, city].filter(Boolean).join(' ');
  return {
    name: company.legalName || company.name,
    addressLines: [line1, line2, cityLine, region].filter((line): line is string => Boolean(line)),
    country: company.country,
    taxId: company.taxId,
    email: company.billingEmail,
  };
}
