import { AsyncLocalStorage } from 'node:async_hooks';
import type { ReadStatement } from './one-trip-read';
import { sessionVariables } from './session';
import type { TenantScope } from './tenant-context';

/**
 * A request that runs on what it expects a person may do in a company (their last access
 * check, remembered) while the check itself is still to be made: the check rides in the
 * request's first one-trip read instead of a round trip of its own.
 *
 * What keeps this as safe as checking first:
 * - that read sets the company only if the person's membership is there in the same trip
 *   (`memberGatedSettings`), so for a non-member row-level security shows its statements
 *   nothing;
 * - everything else that touches the database (`withTenant`, in any scope) makes the check
 *   first, so no write, and no read outside a one-trip read, runs on an expectation (a
 *   one-trip read in another scope runs as it always would: read-only, under its own scope);
 * - the request answers only once the check is made: when it comes back other than
 *   expected, `verify` throws and the API answers from the fresh check instead.
 */
export interface ExpectedAccess {
  companyId: string;
  userId: string;
  /** The statement whose rows say what the person may do (the API's access query). */
  statement: ReadStatement;
  /** Takes the statement's rows, fresh from the database; throws when they differ from what was expected. */
  verify(rows: Record<string, unknown>[]): void;
}

interface PendingCheck {
  expected: ExpectedAccess;
  /** The trip that carries the check, once it has gone out: whoever must wait for the check waits for it. */
  made?: Promise<unknown>;
}

const pending = new AsyncLocalStorage<PendingCheck>();

/** Runs `work` with the access check pending; `work` must make it (`makePendingAccessCheck`) before it answers. */
export function withAccessCheckPending<T>(expected: ExpectedAccess, work: () => Promise<T>): Promise<T> {
  return pending.run({ expected }, work);
}

/**
 * The pending check a one-trip read in `scope` can carry, if it has not gone out yet: the
 * same company, as the same person or as nobody in particular.
 */
export function uncarriedCheckFor(scope: TenantScope): ExpectedAccess | undefined {
  const check = pending.getStore();
  if (!check || check.made || 'system' in scope || 'operator' in scope) return undefined;
  if (scope.companyId !== check.expected.companyId || (scope.userId !== undefined && scope.userId !== check.expected.userId)) return undefined;
  return check.expected;
}

/** Sends the trip that carries the pending check (which must `verify` its rows), and remembers it. */
export function carryCheck<T>(trip: () => Promise<T>): Promise<T> {
  const check = pending.getStore()!;
  const made = trip();
  check.made = made;
  return made;
}

/**
 * Waits until the pending check is made, sending it in a trip of its own (`alone`: a
 * one-trip read with no statements, which carries it) unless a read already carries it:
 * before any other database work, and before the request answers. Throws what `verify`
 * threw. Without a pending check, does nothing.
 */
export async function settleAccessCheck(alone: (scope: TenantScope) => Promise<unknown>): Promise<void> {
  const check = pending.getStore();
  if (!check) return;
  await (check.made ?? alone({ companyId: check.expected.companyId, userId: check.expected.userId }));
}

/**
 * The settings of a trip that carries the check: the person first, so that their own
 * membership is visible; then the company, only if that membership exists (an empty
 * setting otherwise, under which no tenant row is visible); then the person as the read's
 * own scope says (none, for a read made as nobody in particular).
 */
export function memberGatedSettings(expected: ExpectedAccess, scope: TenantScope): ReadStatement[] {
  const userId = 'userId' in scope && scope.userId ? scope.userId : '';
  return [
    { sql: 'select set_config($1, $2, true)', values: [sessionVariables.userId, expected.userId] },
    {
      sql: `select set_config($1, coalesce((select m.company_id::text from membership m where m.company_id = $2::uuid and m.user_id = $3), ''), true)`,
      values: [sessionVariables.companyId, expected.companyId, expected.userId],
    },
    { sql: 'select set_config($1, $2, true)', values: [sessionVariables.userId, userId] },
  ];
}
