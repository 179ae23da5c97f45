import { isModuleKey, periodContaining, sortModules, type SeatCount, type Subscription } from '@atrium/core';
import type { ReadStatement } from '@atrium/db';
import type { ProjectedSubscription } from './subscription-projection';

/**
 * What the billing page and the overview show, as one statement for a one-trip read
 * (`readInOneTrip`): the subscription projection, its items, the company's tax details, the
 * open renewal invoice with its payments (dunning) and the seat count, each as JSON.
 * `billingFactsFrom` turns its row into the same shapes `loadSubscriptionProjection` and the
 * entities give, so the billing views are composed alike whichever way they were read.
 */
export function billingFactsStatement(companyId: string): ReadStatement {
  return {
    sql: `with open_renewal as (
            select id, number, total, currency, issued_at, created_at from invoice
             where company_id = $1 and kind = 'renewal' and status = 'open' order by created_at desc limit 1)
          select
            (select json_build_object('plan', s.plan, 'cycle', s.cycle, 'seats', s.seats, 'currency', s.currency, 'status', s.status,
                      'anchor_day', s.anchor_day, 'period_start', s.period_start, 'cancel_at_period_end', s.cancel_at_period_end,
                      'paused_until', s.paused_until, 'scheduled_changes', s.scheduled_changes)
               from subscription s where s.company_id = $1) as subscription,
            coalesce((select json_agg(json_build_object('item_key', i.item_key, 'description', i.description, 'quantity', i.quantity,
                        'unit_amount', i.unit_amount, 'amount', i.amount, 'currency', i.currency) order by i.item_key)
                        from subscription_item i where i.company_id = $1), '[]') as items,
            (select json_build_object('country', c.country, 'tax_id', c.tax_id) from company c where c.id = $1) as company,
            (select json_build_object('id', o.id, 'number', o.number, 'total', o.total, 'currency', o.currency,
                      'issued_at', o.issued_at, 'created_at', o.created_at,
                      'payments', coalesce((select json_agg(json_build_object('created_at', p.created_at) order by p.attempt)
                                              from payment p where p.invoice_id = o.id), '[]'))
               from open_renewal o) as open_renewal,
            (select count(*) from membership where company_id = $1)::int as members,
            (select count(*) from invitation where company_id = $1 and accepted_at is null and revoked_at is null and expires_at > now())::int as pending`,
    values: [companyId],
  };
}

export interface BillingItem {
  itemKey: string;
  description: string;
  quantity: number;
  unitAmount: number;
  amount: number;
  currency: string;
}

export interface DunningInvoice {
  id: string;
  number: string | null;
  total: number;
  currency: string;
  issuedAt: Date | null;
  createdAt: Date;
  /** Its payment attempts' times, first attempt first. */
  payments: Date[];
}

export interface BillingFacts {
  /** Null before the subscription workflow's first recording. */
  projected: ProjectedSubscription | null;
  company: { country: string; taxId: string | null };
  items: BillingItem[];
  /** The open renewal invoice, which dunning collects while a payment has failed. */
  openRenewal: DunningInvoice | null;
  people: SeatCount;
}

interface FactsRow {
  subscription: {
    plan: Subscription['plan']; cycle: Subscription['cycle']; seats: number; currency: Subscription['currency']; status: ProjectedSubscription['status'];
    anchor_day: string; period_start: string; cancel_at_period_end: boolean; paused_until: string | null; scheduled_changes: Subscription['scheduledChanges'];
  } | null;
  items: { item_key: string; description: string; quantity: number; unit_amount: number; amount: number; currency: string }[];
  company: { country: string | null; tax_id: string | null } | null;
  open_renewal: { id: string; number: string | null; total: number; currency: string; issued_at: string | null; created_at: string; payments: { created_at: string }[] } | null;
  members: number;
  pending: number;
}

export function billingFactsFrom(value: Record<string, unknown>): BillingFacts {
  const row = value as unknown as FactsRow;
  const company = { country: row.company?.country ?? '', taxId: row.company?.tax_id ?? null };
  const items = row.items.map((item) => ({ itemKey: item.item_key, description: item.description, quantity: item.quantity, unitAmount: item.unit_amount, amount: item.amount, currency: item.currency }));
  const open = row.open_renewal;
  const openRenewal = open && {
    id: open.id, number: open.number, total: open.total, currency: open.currency,
    issuedAt: open.issued_at ? new Date(open.issued_at) : null, createdAt: new Date(open.created_at),
    payments: open.payments.map((payment) => new Date(payment.created_at)),
  };
  const s = row.subscription;
  const projected: ProjectedSubscription | null = s && {
    subscription: {
      plan: s.plan,
      cycle: s.cycle,
      seats: s.seats,
      modules: sortModules(items.filter((item) => item.itemKey.startsWith('module:')).map((item) => item.itemKey.slice('module:'.length)).filter(isModuleKey)),
      currency: s.currency,
      country: company.country || 'DE',
      taxId: company.taxId,
      scheduledChanges: s.scheduled_changes ?? [],
    },
    period: periodContaining(s.anchor_day as Parameters<typeof periodContaining>[0], s.cycle, s.period_start as Parameters<typeof periodContaining>[2]),
    status: s.status,
    cancelAtPeriodEnd: s.cancel_at_period_end,
    pausedUntil: s.paused_until ?? null,
    dunningInvoiceId: s.status === 'payment_failed' || s.status === 'past_due' ? (openRenewal?.id ?? null) : null,
  };
  return { projected, company, items, openRenewal, people: { members: row.members, pendingInvitations: row.pending } };
}
