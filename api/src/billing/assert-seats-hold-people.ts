import { seatReductionProblem, seatsOnPlan, type SubscriptionChange } from '@atrium/core';
import { Subscription, withTenant, type EntityManager } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';
import { seatCount } from '../team/seats';

/**
 * Seats are people: lowering seats, or moving to a plan with fewer, below the members and
 * pending invitations is refused, saying whom to remove. For a preview, where nothing
 * changes yet.
 */
export async function assertSeatsHoldPeople(deps: ApiDependencies, companyId: string, change: SubscriptionChange): Promise<void> {
  if (!changesSeats(change)) return;
  await withTenant(deps.orm, { companyId }, (em) => refuseSeatsBelowPeople(em, companyId, change));
}

/**
 * The same rule while the change is made: the company row stays locked from the count
 * until the subscription workflow has answered, so an invitation sent in between waits
 * and is counted against the new seats instead of slipping under the old ones.
 *
 * The lock is `for no key update`, not the team's `for update`: invitations and usage
 * (which take `for update`) still queue behind it, while the workflow's activities can
 * insert invoices and payments that reference the company (a `for key share`), which a
 * `for update` held here would block until the update gave up.
 */
export async function withSeatsHeld<T>(deps: ApiDependencies, companyId: string, change: SubscriptionChange, apply: () => Promise<T>): Promise<T> {
  if (!changesSeats(change)) return apply();
  return withTenant(deps.orm, { companyId }, async (em) => {
    await em.getConnection().execute('select id from company where id = ? for no key update', [companyId], 'all', em.getTransactionContext());
    await refuseSeatsBelowPeople(em, companyId, change);
    return apply();
  });
}

function changesSeats(change: SubscriptionChange): change is Extract<SubscriptionChange, { kind: 'seats' | 'plan' }> {
  return change.kind === 'seats' || change.kind === 'plan';
}

async function refuseSeatsBelowPeople(em: EntityManager, companyId: string, change: Extract<SubscriptionChange, { kind: 'seats' | 'plan' }>): Promise<void> {
  const count = await seatCount(em, companyId);
  const current = await em.findOne(Subscription, { company: companyId });
  if (!current) return;
  const seats = change.kind === 'seats' ? change.to : seatsOnPlan(current.seats, current.plan, change.to);
  const problem = seatReductionProblem(seats, count);
  if (problem) throw new HttpError(409, 'seats_in_use', problem);
}
