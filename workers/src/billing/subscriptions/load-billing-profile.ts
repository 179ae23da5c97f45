import { Company, Invoice, PaymentMethod, withTenant, type MikroORM } from '@atrium/db';
import type { BillingActivities } from '@atrium/workflows';

export function loadBillingProfile(orm: MikroORM): BillingActivities['loadBillingProfile'] {
  return ({ companyId }) =>
    withTenant(orm, { companyId }, async (em) => {
      const company = await em.findOneOrFail(Company, { id: companyId });
      const cards = await em.count(PaymentMethod, { company: companyId });
      const invoices = await em.count(Invoice, { company: companyId });
      // Without a country yet, tax as in Atrium's own country: the safe default for an invoice.
      return { country: company.country || 'DE', taxId: company.taxId, hasPaymentMethod: cards > 0, hasInvoices: invoices > 0 };
    });
}
