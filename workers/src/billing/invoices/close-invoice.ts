import { Invoice, withTenant, type MikroORM } from '@atrium/db';
import type { BillingActivities } from '@atrium/workflows';

/** An upgrade whose charge failed: the invoice stays on record, void, and nothing is owed. */
export function voidInvoice(orm: MikroORM): BillingActivities['voidInvoice'] {
  return ({ companyId, invoiceId }) =>
    withTenant(orm, { companyId }, async (em) => {
      await em.nativeUpdate(Invoice, { id: invoiceId, status: 'open' }, { status: 'void', closedAt: new Date() });
    });
}

/** Dunning gave up: the invoice is written off (uncollectible); only an open invoice can be. */
export function markInvoiceUncollectible(orm: MikroORM): BillingActivities['markInvoiceUncollectible'] {
  return ({ companyId, invoiceId }) =>
    withTenant(orm, { companyId }, async (em) => {
      await em.nativeUpdate(Invoice, { id: invoiceId, status: 'open' }, { status: 'uncollectible', closedAt: new Date() });
    });
}
