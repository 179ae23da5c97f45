import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { makePendingAccessCheck } from './one-trip-read';
import { sessionVariables } from './session';

/**
 * Who a unit of database work runs for. Exactly one of these reaches PostgreSQL:
 * - a company (and the person acting in it) for everything a request does inside a company;
 * - only a person, for what spans their own companies (sign-in, the company switcher);
 * - a named system context for cross-company jobs, so they are never "no company set";
 * - a named operator context for Atrium's own staff (their accounts, sessions, audit log and
 *   the knowledge base they write). Only it reaches operator tables, and it reaches no
 *   company's rows by itself: the console reads a company under an explicitly named system
 *   context as well (`{ operator, system }`), in the same transaction as its audit events.
 */
export type TenantScope =
  | { companyId: string; userId?: string }
  | { userId: string; companyId?: undefined }
  | { system: string }
  | { operator: string; system?: string };

export function sessionVariablesFor(scope: TenantScope): Record<string, string> {
  if ('operator' in scope) {
    if (!scope.operator.trim()) throw new Error('An operator context needs a name that says who acts.');
    if (scope.system !== undefined && !scope.system.trim()) throw new Error('A system context needs a name that says what it does.');
    return {
      [sessionVariables.operatorContext]: scope.operator,
      ...(scope.system ? { [sessionVariables.systemContext]: scope.system } : {}),
    };
  }
  if ('system' in scope) {
    if (!scope.system.trim()) throw new Error('A system context needs a name that says what it does.');
    return { [sessionVariables.systemContext]: scope.system };
  }
  const variables: Record<string, string> = {};
  if (scope.companyId) variables[sessionVariables.companyId] = scope.companyId;
  if (scope.userId) variables[sessionVariables.userId] = scope.userId;
  return variables;
}

/**
 * The one way into tenant data: a fresh EntityManager whose transaction starts with the
 * scope's `set_config(…, true)`, so row-level security sees it, and which commits or rolls
 * back as a whole.
 */
export async function withTenant<T>(
  orm: MikroORM,
  scope: TenantScope,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  // Nothing but a one-trip read runs on an access check still to be made: it is made first.
  await makePendingAccessCheck(orm);
  const shared = sharedTransaction.getStore();
  if (shared?.open && shared.orm === orm && joins(shared.scope, scope)) return work(await (shared.em ??= beginShared(orm, shared.scope)));
  const em = orm.em.fork({ clear: true, session: { variables: sessionVariablesFor(scope) } });
  return em.transactional((tx) => work(tx as EntityManager));
}

interface SharedTransaction {
  orm: MikroORM;
  scope: { companyId: string; userId: string };
  /** Begun by the first `withTenant` that joins: a request that reads in one trip begins none. */
  em?: Promise<EntityManager>;
  /** False once the request's transaction has ended: later work (a stream's events) opens its own. */
  open: boolean;
}

const sharedTransaction = new AsyncLocalStorage<SharedTransaction>();

/**
 * Work for this company (as this person, or as nobody in particular) joins the shared
 * transaction: its variables say the same company, and the person is the one the request
 * is for anyway. Another company, a person-only, system or operator scope never joins.
 */
function joins(shared: SharedTransaction['scope'], scope: TenantScope): boolean {
  if ('system' in scope || 'operator' in scope) return false;
  return scope.companyId === shared.companyId && (scope.userId === undefined || scope.userId === shared.userId);
}

async function beginShared(orm: MikroORM, scope: SharedTransaction['scope']): Promise<EntityManager> {
  const em = orm.em.fork({ clear: true, session: { variables: sessionVariablesFor(scope) } });
  await em.begin();
  return em;
}

/**
 * One tenant transaction for a whole read request: every `withTenant` of the same company
 * that `work` reaches (the route's reads, however many helpers they go through) runs in it,
 * instead of a `begin`, `set_config`, … `commit` of its own each. It begins with the first of
 * them, so a request whose reads all went in one trip (`readInOneTrip`) begins none, and
 * commits when `work` is done. The API uses it for reads only (GET): a write keeps its own
 * transactions, so that what it commits is committed before it tells a workflow or answers.
 *
 * Inside it, a failed statement fails the rest of the request (PostgreSQL refuses every
 * later statement of an aborted transaction), which a read that answers 500 does anyway.
 * Work in another scope (a system or person-only context) still opens its own transaction,
 * on a second pooled connection while the request holds the first: company reads should not
 * need one, or as many such reads at once as the pool has connections would wait on each
 * other.
 */
export async function withSharedTenantTransaction<T>(
  orm: MikroORM,
  scope: { companyId: string; userId: string },
  work: () => Promise<T>,
): Promise<T> {
  const shared: SharedTransaction = { orm, scope, open: true };
  let result: T;
  try {
    result = await sharedTransaction.run(shared, work);
  } catch (error) {
    shared.open = false;
    const em = await shared.em?.catch(() => undefined);
    await em?.rollback().catch(() => {});
    throw error;
  }
  shared.open = false;
  await (await shared.em)?.commit();
  return result;
}
