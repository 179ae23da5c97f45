import { moduleKeys, moduleNames, peopleIn, type Currency, type Entitlements } from '@atrium/core';
import { readInOneTrip, type ReadStatement } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { billingFactsFrom, billingFactsStatement } from '../billing/billing-facts';
import { billingOverviewFrom } from '../billing/billing-overview';
import { subscriptionState } from '../billing/subscription-workflow';
import { noticeStatements } from '../notifications/list-notifications';
import { readerWith, type NoticeAsker } from '../notifications/reader';
import { seatCountFrom, seatCountStatement } from '../team/seats';

/** Paid invoices summed by the month they were paid in (UTC), oldest first. */
const spendByMonthStatement = (companyId: string): ReadStatement => ({
  sql: `select to_char(coalesce(paid_at, created_at) at time zone 'UTC', 'YYYY-MM') as month, sum(total)::int as amount, min(currency) as currency
          from invoice where company_id = ? and status = 'paid' group by 1 order by 1`,
  values: [companyId],
});

/**
 * The business dashboard at a glance: modules and trials, seats, billing status and
 * spend per month (for those who handle billing), the latest notices. Onboarding
 * progress comes from its own endpoint. One round trip after the request's access check:
 * the notices and their unread count with the billing facts (or the seat count alone for
 * those who do not see billing).
 */
export async function companyOverview(deps: ApiDependencies, companyId: string, asker: NoticeAsker, entitlements: Entitlements) {
  const seesBilling = asker.ability.can('read', 'Billing');
  const notices = noticeStatements(readerWith(asker), { limit: 5 });
  const [noticeRows, unread, facts, spend] = await readInOneTrip(deps.orm, { companyId, userId: asker.personId }, [
    ...notices.statements,
    ...(seesBilling ? [billingFactsStatement(companyId), spendByMonthStatement(companyId)] : [seatCountStatement(companyId)]),
  ]);
  const billingFacts = seesBilling ? billingFactsFrom(facts![0]!) : null;
  const billing = billingFacts && billingOverviewFrom(deps, billingFacts.projected ?? (await subscriptionState(deps, companyId)), billingFacts);
  const people = billingFacts ? billingFacts.people : seatCountFrom(facts![0]!);
  return {
    modules: moduleKeys
      .map((module) => ({ key: module, name: moduleNames[module], state: entitlements.modules[module].state }))
      .filter((module) => module.state.kind !== 'not_available'),
    // Members see the people count; the seats paid for and the plan's limit are billing facts.
    seats: { used: peopleIn(people), paid: seesBilling ? entitlements.seats.paid : null, limit: seesBilling ? entitlements.seats.limit : null },
    billing: billing && {
      status: billing.subscription.status,
      planName: billing.subscription.planName,
      nextCharge: billing.upcoming ? { amount: billing.upcoming.total, on: billing.upcoming.periodStart } : null,
      dunning: billing.dunning,
      spendByMonth: spend!.map((row) => ({ month: row.month as string, amount: row.amount as number, currency: row.currency as Currency })),
    },
    notifications: notices.from(noticeRows!, unread!).notifications,
  };
}
