import { moduleKeys, moduleNames, type Currency, type Entitlements } from '@atrium/core';
import { Invitation, Invoice, Membership, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { billingOverview } from '../billing/billing-overview';
import { listNotifications } from '../notifications/list-notifications';
import type { NoticeAsker } from '../notifications/reader';

/**
 * The business dashboard at a glance: modules and trials, seats, billing status and
 * spend per month (for those who handle billing), the latest notices. Onboarding
 * progress comes from its own endpoint.
 */
export async function companyOverview(deps: ApiDependencies, companyId: string, asker: NoticeAsker, entitlements: Entitlements) {
  const { ability } = asker;
  const now = new Date();
  const seesBilling = ability.can('read', 'Billing');
  const billing = seesBilling ? await billingOverview(deps, companyId) : null;
  // The billing overview has counted the people already (seats are people); only a person
  // who does not see billing needs them counted here.
  const { members, pending, invoices } = await withTenant(deps.orm, { companyId }, async (em) => ({
    members: billing ? billing.subscription.people.members : await em.count(Membership, {}),
    pending: billing ? billing.subscription.people.pendingInvitations : await em.count(Invitation, { acceptedAt: null, revokedAt: null, expiresAt: { $gt: now } }),
    invoices: seesBilling ? await em.find(Invoice, { status: 'paid' }, { orderBy: { paidAt: 'asc' } }) : [],
  }));
  return {
    modules: moduleKeys
      .map((module) => ({ key: module, name: moduleNames[module], state: entitlements.modules[module].state }))
      .filter((module) => module.state.kind !== 'not_available'),
    // Members see the people count; the seats paid for and the plan's limit are billing facts.
    seats: { used: members + pending, paid: seesBilling ? entitlements.seats.paid : null, limit: seesBilling ? entitlements.seats.limit : null },
    billing: billing && {
      status: billing.subscription.status,
      planName: billing.subscription.planName,
      nextCharge: billing.upcoming ? { amount: billing.upcoming.total, on: billing.upcoming.periodStart } : null,
      dunning: billing.dunning,
      spendByMonth: spendByMonth(invoices),
    },
    notifications: (await listNotifications(deps, companyId, asker, { limit: 5 })).notifications,
  };
}

/** Paid invoices summed by the month they were paid in, oldest first. */
function spendByMonth(invoices: InstanceType<typeof Invoice.class>[]) {
  const months = new Map<string, { month: string; amount: number; currency: Currency }>();
  for (const invoice of invoices) {
    const month = (invoice.paidAt ?? invoice.createdAt).toISOString().slice(0, 7);
    const entry = months.get(month) ?? { month, amount: 0, currency: invoice.currency as Currency };
    entry.amount += invoice.total;
    months.set(month, entry);
  }
  return [...months.values()];
}
