import {
  describeScheduledChange,
  dunningScheduleOf,
  plans,
  upcomingInvoice,
  type Currency,
  type Invoice as InvoiceContent,
} from '@atrium/core';
import { Company, Invoice, Payment, SubscriptionItem, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { seatCount } from '../team/seats';
import { loadSubscriptionProjection, type ProjectedSubscription } from './subscription-projection';
import { subscriptionState } from './subscription-workflow';

/**
 * Everything the billing page shows at the top: plan, items, what is charged next, seats
 * paid for against people, dunning. Read from the projection in PostgreSQL; Temporal is
 * asked only before the workflow's first recording.
 */
export async function billingOverview(deps: ApiDependencies, companyId: string) {
  const projected = await withTenant(deps.orm, { companyId }, (em) => loadSubscriptionProjection(em, companyId));
  return overviewOf(deps, companyId, projected ?? (await subscriptionState(deps, companyId)));
}

export async function overviewOf(deps: ApiDependencies, companyId: string, snapshot: ProjectedSubscription) {
  const { company, items, dunningInvoice, people } = await withTenant(deps.orm, { companyId }, async (em) => ({
    company: await em.findOneOrFail(Company, { id: companyId }),
    items: await em.find(SubscriptionItem, {}, { orderBy: { itemKey: 'asc' } }),
    dunningInvoice: snapshot.dunningInvoiceId ? await em.findOne(Invoice, { id: snapshot.dunningInvoiceId }) : null,
    people: await seatCount(em, companyId),
  }));
  const { subscription, period, status } = snapshot;
  const plan = plans[subscription.plan];
  const currency = subscription.currency;
  // Taxed as the company's billing details stand now, as the next invoice will be.
  const taxed = { ...subscription, country: company.country || 'DE', taxId: company.taxId };
  const billsNext = status !== 'canceled' && status !== 'paused' && !snapshot.cancelAtPeriodEnd;
  const next = billsNext ? upcomingInvoice(taxed, period) : null;

  return {
    gateway: deps.config.paymentGateway,
    subscription: {
      plan: subscription.plan,
      planName: plan.name,
      cycle: subscription.cycle,
      seats: subscription.seats,
      seatsIncluded: plan.seatsIncluded,
      seatLimit: plan.seatLimit,
      // Seats are people: members plus pending invitations, against the seats paid for.
      people,
      modules: subscription.modules,
      currency,
      status,
      periodStart: period.start,
      periodEnd: period.end,
      cancelAtPeriodEnd: snapshot.cancelAtPeriodEnd,
      pausedUntil: snapshot.pausedUntil,
      // The change itself (kind, to or module, effectiveOn) and a sentence for people.
      scheduledChanges: subscription.scheduledChanges.map((change) => ({ ...change, description: describeScheduledChange(change) })),
    },
    items: items.map((item) => ({
      key: item.itemKey,
      description: item.description,
      quantity: item.quantity,
      unitAmount: { amount: item.unitAmount, currency: item.currency as Currency },
      amount: { amount: item.amount, currency: item.currency as Currency },
    })),
    upcoming: next && { periodStart: next.period.start, periodEnd: next.period.end, ...invoiceContent(next) },
    dunning: dunningInvoice ? await dunningView(deps, dunningInvoice, status) : null,
  };
}

export function invoiceContent(invoice: InvoiceContent) {
  return {
    lines: invoice.lines.map(({ description, quantity, unitAmount, amount }) => ({ description, quantity, unitAmount, amount })),
    subtotal: invoice.subtotal,
    tax: { rate: invoice.tax.rate, note: invoice.tax.note, amount: invoice.tax.amount },
    total: invoice.total,
  };
}

/** How dunning stands, from the invoice's payments in PostgreSQL and the schedule in `core`. */
async function dunningView(deps: ApiDependencies, invoice: InstanceType<typeof Invoice.class>, status: string) {
  const payments = await withTenant(deps.orm, { companyId: invoice.company.id }, (em) =>
    em.find(Payment, { invoice: invoice.id }, { orderBy: { attempt: 'asc' } }),
  );
  const schedule = dunningScheduleOf(payments[0]?.createdAt ?? invoice.issuedAt ?? invoice.createdAt, new Date());
  return {
    invoiceId: invoice.id,
    invoiceNumber: invoice.number ?? '',
    total: { amount: invoice.total, currency: invoice.currency as Currency },
    attempts: Math.max(1, payments.length),
    nextRetryAt: status === 'past_due' ? null : schedule.nextRetryAt,
    suspended: status === 'past_due',
    writeOffAt: schedule.writeOffAt,
  };
}
