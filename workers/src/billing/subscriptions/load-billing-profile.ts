import { withTenant, type MikroORM } from '@atrium/db';
import type { BillingActivities } from '@atrium/workflows';

/** One query: the company's tax details and whether it has a card and has ever been invoiced. */
export function loadBillingProfile(orm: MikroORM): BillingActivities['loadBillingProfile'] {
  return ({ companyId }) =>
    withTenant(orm, { companyId }, async (em) => {
      const [company] = await em.execute<{ country: string; tax_id: string; has_payment_method: boolean; has_invoices: boolean }[]>(
        `select company.country, company.tax_id,
                exists (select 1 from payment_method where payment_method.company_id = company.id) as has_payment_method,
                exists (select 1 from invoice where invoice.company_id = company.id) as has_invoices
         from company where company.id = ?`,
        [companyId],
        'all',
      );
      if (!company) throw new Error(`Company ${companyId} not found.`);
      // Without a country yet, tax as in Atrium's own country: the safe default for an invoice.
      return { country: company.country || 'DE', taxId: company.tax_id, hasPaymentMethod: company.has_payment_method, hasInvoices: company.has_invoices };
    });
}
