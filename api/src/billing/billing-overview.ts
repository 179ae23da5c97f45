import {
  describeScheduledChange,
  dunningScheduleOf,
  plans,
  upcomingInvoice,
  type Currency,
  type Invoice as InvoiceContent,
} from '@atrium/core';
import { readInOneTrip } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { billingFactsFrom, billingFactsStatement, type BillingFacts, type DunningInvoice } from './billing-facts';
import type { ProjectedSubscription } from './subscription-projection';
import { subscriptionState } from './subscription-workflow';

/**
 * Everything the billing page shows at the top: plan, items, what is charged next, seats
 * paid for against people, dunning. Read from the projection in PostgreSQL in one round trip
 * (./billing-facts.ts); Temporal is asked only before the workflow's first recording.
 */
export async function billingOverview(deps: ApiDependencies, companyId: string) {
  const facts = await loadBillingFacts(deps, companyId);
  return billingOverviewFrom(deps, facts.projected ?? (await subscriptionState(deps, companyId)), facts);
}

/** The same for a subscription state the caller has (a change's outcome, from its workflow). */
export async function overviewOf(deps: ApiDependencies, companyId: string, snapshot: ProjectedSubscription) {
  return billingOverviewFrom(deps, snapshot, await loadBillingFacts(deps, companyId));
}

async function loadBillingFacts(deps: ApiDependencies, companyId: string): Promise<BillingFacts> {
  const [rows] = await readInOneTrip(deps.orm, { companyId }, [billingFactsStatement(companyId)]);
  return billingFactsFrom(rows![0]!);
}

/** The billing overview from facts read already (the overview reads them in its own trip). */
export function billingOverviewFrom(deps: ApiDependencies, snapshot: ProjectedSubscription, { company, items, openRenewal, people }: BillingFacts) {
  // Dunning collects the open renewal invoice; a state that names no invoice is not dunning.
  const dunningInvoice = snapshot.dunningInvoiceId && openRenewal?.id === snapshot.dunningInvoiceId ? openRenewal : null;
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
    dunning: dunningInvoice ? dunningView(dunningInvoice, status) : null,
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
function dunningView(invoice: DunningInvoice, status: string) {
  const schedule = dunningScheduleOf(invoice.payments[0] ?? invoice.issuedAt ?? invoice.createdAt, new Date());
  return {
    invoiceId: invoice.id,
    invoiceNumber: invoice.number ?? '',
    total: { amount: invoice.total, currency: invoice.currency as Currency },
    attempts: Math.max(1, invoice.payments.length),
    nextRetryAt: status === 'past_due' ? null : schedule.nextRetryAt,
    suspended: status === 'past_due',
    writeOffAt: schedule.writeOffAt,
  };
}
