import { entitlementsOf, peopleIn, seatCheck, type Entitlements, type SeatCount } from '@atrium/core';
import type { EntityManager, ReadStatement } from '@atrium/db';
import { loadEntitlementFacts } from '../entitlements/load-company-access';
import { HttpError } from '../http/http-error';

/**
 * Seats are people: active members plus invitations still waiting for an answer. Both
 * counts in one round trip: the company view, billing and the overview read them on every
 * load, and seat checks under the company lock.
 */
export async function seatCount(em: EntityManager, companyId: string): Promise<SeatCount> {
  const { sql, values } = seatCountStatement(companyId);
  const [row] = await em.getConnection().execute<Record<string, unknown>[]>(sql, [...values], 'all', em.getTransactionContext());
  return seatCountFrom(row!);
}

/** The same as one statement, for `em.execute` or a one-trip read. */
export function seatCountStatement(companyId: string): ReadStatement & { values: readonly unknown[] } {
  return {
    sql: `select (select count(*) from membership where company_id = ?)::int as members,
                 (select count(*) from invitation where company_id = ? and accepted_at is null and revoked_at is null and expires_at > ?)::int as pending`,
    values: [companyId, companyId, new Date()],
  };
}

export const seatCountFrom = (row: Record<string, unknown>): SeatCount => ({ members: row.members as number, pendingInvitations: row.pending as number });

export interface SeatUsage extends SeatCount {
  used: number;
  /** Seats paid for (the plan's included seats counted). */
  paid: number;
  /** The plan's hard limit: more seats than this need a larger plan. */
  limit: number;
}

export function seatUsageFrom(count: SeatCount, entitlements: Entitlements): SeatUsage {
  return { ...count, used: peopleIn(count), paid: entitlements.seats.paid, limit: entitlements.seats.limit };
}

/**
 * One more person fits in a seat paid for, or the answer says what to do: buy a seat
 * (402 with the seats it takes, so the dashboard can preview and confirm it in the same
 * dialog) or move to a larger plan (409). The company row is locked first, so parallel
 * invitations are counted one after another and never exceed the seats; the entitlements
 * are read after the lock, so a seat bought a moment ago counts.
 */
export async function assertSeatAvailable(em: EntityManager, companyId: string): Promise<void> {
  await em.execute('select id from company where id = ? for update', [companyId], 'all');
  const entitlements = entitlementsOf(await loadEntitlementFacts(em, companyId), new Date());
  const check = seatCheck(entitlements, await seatCount(em, companyId));
  if (check.kind === 'plan_limit') throw new HttpError(409, 'seat_limit_reached', check.message);
  if (check.kind === 'reduction_scheduled') throw new HttpError(409, 'seat_reduction_scheduled', check.message);
  if (check.kind === 'purchase_required') {
    throw new HttpError(402, 'seat_purchase_required', check.message, undefined, { seatsNeeded: check.seatsAfter });
  }
}
