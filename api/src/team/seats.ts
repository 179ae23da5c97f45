import { plans, seatLimitMessage, type PlanKey } from '@atrium/core';
import { Invitation, Membership, type EntityManager } from '@atrium/db';
import { HttpError } from '../http/http-error';

export interface SeatUsage {
  used: number;
  limit: number;
  members: number;
  pendingInvitations: number;
}

/** Seats are people: active members plus invitations still waiting for an answer. */
export async function seatUsage(em: EntityManager, companyId: string, plan: PlanKey): Promise<SeatUsage> {
  const [members, pendingInvitations] = await Promise.all([
    em.count(Membership, { company: companyId }),
    em.count(Invitation, { company: companyId, acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } }),
  ]);
  return { used: members + pendingInvitations, limit: plans[plan].seatLimit, members, pendingInvitations };
}

export async function assertSeatAvailable(em: EntityManager, companyId: string, plan: PlanKey): Promise<void> {
  const usage = await seatUsage(em, companyId, plan);
  if (usage.used >= usage.limit) {
    throw new HttpError(409, 'seat_limit_reached', seatLimitMessage(plans[plan]));
  }
}
