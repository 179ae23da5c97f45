import { seatReductionProblem, seatsOnPlan, type SubscriptionChange } from '@atrium/core';
import { Subscription, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';
import { seatCount } from '../team/seats';

/**
 * Seats are people: lowering seats, or moving to a plan with fewer, below the members and
 * pending invitations is refused, saying whom to remove.
 */
export async function assertSeatsHoldPeople(deps: ApiDependencies, companyId: string, change: SubscriptionChange): Promise<void> {
  if (change.kind !== 'seats' && change.kind !== 'plan') return;
  const { count, current } = await withTenant(deps.orm, { companyId }, async (em) => ({
    count: await seatCount(em, companyId),
    current: await em.findOne(Subscription, { company: companyId }),
  }));
  if (!current) return;
  const seats = change.kind === 'seats' ? change.to : seatsOnPlan(current.seats, current.plan, change.to);
  const problem = seatReductionProblem(seats, count);
  if (problem) throw new HttpError(409, 'seats_in_use', problem);
}
