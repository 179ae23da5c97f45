import { seatReductionProblem, type SubscriptionChange } from '@atrium/core';
import { withTenant } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';
import { seatCount } from '../team/seats';

/** Seats are people: lowering seats below the members and pending invitations is refused, saying whom to remove. */
export async function assertSeatsHoldPeople(deps: ApiDependencies, companyId: string, change: SubscriptionChange): Promise<void> {
  if (change.kind !== 'seats') return;
  const count = await withTenant(deps.orm, { companyId }, (em) => seatCount(em, companyId));
  const problem = seatReductionProblem(change.to, count);
  if (problem) throw new HttpError(409, 'seats_in_use', problem);
}
