import { plans, seatLimitMessage } from '../billing/plans';
import type { Entitlements } from './entitlements';

/** Seats are people: active members plus invitations still waiting for an answer. */
export interface SeatCount {
  members: number;
  pendingInvitations: number;
}

export const peopleIn = (count: SeatCount): number => count.members + count.pendingInvitations;

/** Whether one more person fits: in a paid seat, after buying seats (up to the plan's limit), or not at all. */
export type SeatCheck =
  | { kind: 'available' }
  | { kind: 'purchase_required'; seatsAfter: number; message: string }
  | { kind: 'plan_limit'; message: string }
  | { kind: 'reduction_scheduled'; message: string };

export function seatCheck(entitlements: Entitlements, count: SeatCount): SeatCheck {
  const after = peopleIn(count) + 1;
  if (after > entitlements.seats.limit) return { kind: 'plan_limit', message: seatLimitMessage(entitlements.plan) };
  // A person let in now would be left without a seat at the renewal.
  const scheduled = entitlements.seats.scheduled;
  if (scheduled && after > scheduled.seats) {
    return {
      kind: 'reduction_scheduled',
      message: `Your company goes down to ${scheduled.seats} ${scheduled.seats === 1 ? 'seat' : 'seats'} on ${scheduled.effectiveOn}, and all of them are taken. Cancel that change on the Billing page to invite one more person.`,
    };
  }
  if (after > entitlements.seats.paid) {
    return {
      kind: 'purchase_required',
      seatsAfter: after,
      message: `All ${entitlements.seats.paid} seats you pay for are taken (members and pending invitations). Add a seat to invite one more person; it is charged now, prorated to the end of the period.`,
    };
  }
  return { kind: 'available' };
}

/** A sentence when lowering seats to `seats` would leave people without one; null when they fit. */
export function seatReductionProblem(seats: number, count: SeatCount): string | null {
  const people = peopleIn(count);
  if (seats >= people) return null;
  const extra = people - seats;
  const invitations = `${count.pendingInvitations} pending ${count.pendingInvitations === 1 ? 'invitation' : 'invitations'}`;
  const who = count.pendingInvitations > 0 ? 'Remove members or revoke pending invitations' : 'Remove members';
  return `${people} people hold a seat (${count.members} members, ${invitations}), more than ${seats}. ${who} on the Team page first: ${extra} ${extra === 1 ? 'seat is' : 'seats are'} still in use.`;
}

