import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
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
  const em = orm.em.fork({ clear: true, session: { variables: sessionVariablesFor(scope) } });
  return em.transactional((tx) => work(tx as EntityManager));
}
