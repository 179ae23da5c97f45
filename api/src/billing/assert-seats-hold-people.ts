import { seatReductionProblem, seatsOnPlan, type SubscriptionChange } from '@atrium/core';
import { Subscription, withTenant, type EntityManager } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';
import { seatCount } from '../team/seats';

/**
 * Seats are people: lowering seats, or moving to a plan with fewer, below the members and
 * pending invitations is refused, saying whom to remove.
 *
 * No lock is held across the subscription workflow's update: a transaction waiting on
 * Temporal keeps a pooled connection while the requests queued behind its lock take the
 * rest, and the update's own reads then wait forever (seen under the concurrency suites).
 * Invitations instead count against the seats a waiting reduction leaves
 * (`seatCheck`'s `reduction_scheduled`), which closes the race but for the moment between
 * this count and the workflow recording the change.
 */
export async function assertSeatsHoldPeople(deps: ApiDependencies, companyId: string, change: SubscriptionChange): Promise<void> {
  if (!changesSeats(change)) return;
  await withTenant(deps.orm, { companyId }, (em) => refuseSeatsBelowPeople(em, companyId, change));
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
