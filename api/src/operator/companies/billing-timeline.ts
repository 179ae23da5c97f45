import { describeAuditEvent, type BillingTimelineEntry, type Currency } from '@atrium/core';
import { AuditEvent, Invoice, Payment, type EntityManager } from '@atrium/db';

/**
 * One company's billing story, newest first, from the tables that already hold it:
 * invoices (issued, paid, written off or voided), every payment attempt, and the
 * subscription and module changes its audit log recorded. Support reads this to answer
 * "why was I charged?" and "why was I suspended?".
 */
export async function billingTimeline(em: EntityManager, companyId: string, limit = 200): Promise<BillingTimelineEntry[]> {
  const [invoices, payments, changes] = await Promise.all([
    em.find(Invoice, { company: companyId, status: { $ne: 'draft' } }, { orderBy: { createdAt: 'desc' }, limit }),
    em.find(Payment, { company: companyId }, { populate: ['invoice'], orderBy: { createdAt: 'desc' }, limit }),
    em.find(AuditEvent, { company: companyId, category: 'billing', action: { $nin: ['support.viewed_billing', 'support.viewed_company'] } }, { orderBy: { createdAt: 'desc' }, limit }),
  ]);
  const entries: BillingTimelineEntry[] = [];
  for (const invoice of invoices) {
    const amount = { amount: invoice.total, currency: invoice.currency as Currency };
    const number = invoice.number ?? null;
    const what = invoice.kind === 'renewal' ? `renewal invoice${invoice.periodStart ? ` for ${invoice.periodStart} – ${invoice.periodEnd}` : ''}` : 'invoice for a change';
    if (invoice.issuedAt) entries.push({ at: invoice.issuedAt.toISOString(), kind: 'invoice_issued', description: `Issued ${number ?? 'the'} ${what}.`, amount, invoiceNumber: number });
    if (invoice.paidAt) entries.push({ at: invoice.paidAt.toISOString(), kind: 'invoice_paid', description: `${number ?? 'The invoice'} was paid.`, amount, invoiceNumber: number });
    if (invoice.closedAt && (invoice.status === 'uncollectible' || invoice.status === 'void')) {
      const how = invoice.status === 'uncollectible' ? 'written off after dunning' : 'voided';
      entries.push({ at: invoice.closedAt.toISOString(), kind: 'invoice_closed', description: `${number ?? 'The invoice'} was ${how}.`, amount, invoiceNumber: number });
    }
  }
  for (const payment of payments) {
    const invoice = payment.invoice as unknown as { number: string | null };
    const card = payment.paymentMethodLabel ? ` on ${payment.paymentMethodLabel}` : '';
    const amount = { amount: payment.amount, currency: payment.currency as Currency };
    entries.push(
      payment.status === 'succeeded'
        ? { at: payment.createdAt.toISOString(), kind: 'payment_succeeded', description: `Charge ${payment.attempt} succeeded${card}.`, amount, invoiceNumber: invoice.number }
        : { at: payment.createdAt.toISOString(), kind: 'payment_failed', description: `Charge ${payment.attempt} failed${card}: ${payment.failureMessage ?? payment.failureCode ?? 'declined'}.`, amount, invoiceNumber: invoice.number },
    );
  }
  // What the company did (plan, seats, cycle, modules, cards, pause, cancel), not support's own reads.
  for (const change of changes) {
    entries.push({ at: change.createdAt.toISOString(), kind: 'subscription_change', description: `${describeAuditEvent(change)} (${change.actorEmail})`, amount: null, invoiceNumber: null });
  }
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit);
}
