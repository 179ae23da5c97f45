import { companyIdParams, defineAbilityFor, entitlementsOf, type Action, type AtriumAbility, type CompanyRole, type CompanySubject, type Entitlements, type ModuleKey, type ModuleRole } from '@atrium/core';
import { withSharedTenantTransaction, type MikroORM } from '@atrium/db';
import { loadCompanyAccessInOneTrip, type CompanyAccess } from '../entitlements/load-company-access';
import { fromNodeHeaders } from 'better-auth/node';
import type { Context, Middleware } from 'koa';
import type { Auth } from '../auth/better-auth';
import { forbidden, HttpError, unauthorized } from './http-error';
import { validate } from './validate';

export interface Person {
  id: string;
  email: string;
  name: string;
}

declare module 'koa' {
  interface DefaultState {
    requestId: string;
    person: Person;
    membership: { id: string; companyId: string; role: CompanyRole; moduleRoles: Partial<Record<ModuleKey, ModuleRole>> };
    ability: AtriumAbility;
    /** What the company may use now (plan, seats, modules, limits), from `entitlementsOf`. */
    entitlements: Entitlements;
  }
}

/**
 * A signed-in person, from the better-auth session cookie: asked of better-auth once per
 * cookie every few seconds (auth/session-cache.ts), and no cookie at all is 401 at once.
 */
export function requirePerson(auth: Auth): Middleware {
  let cookieName: Promise<string> | undefined;
  return async (ctx, next) => {
    cookieName ??= auth.$context.then((context) => context.authCookies.sessionToken.name);
    const signed = ctx.cookies.get(await cookieName);
    const person = signed
      ? await auth.sessionCache.personOf(signed, async () => {
          const session = await auth.api.getSession({ headers: fromNodeHeaders(ctx.req.headers) });
          return session && { person: { id: session.user.id, email: session.user.email, name: session.user.name }, expiresAt: session.session.expiresAt };
        })
      : null;
    if (!person) throw unauthorized();
    // A copy: the cached person is shared by every request of that session.
    ctx.state.person = { ...person };
    await next();
  };
}

/**
 * The person is a member of `:companyId`, checked on every request: a membership removed a
 * second ago means 403 now, whatever the session cookie says. Not-a-member and no-such-
 * company answer alike, so the answer does not tell whether a company exists.
 */
export function requireMembership(orm: MikroORM): Middleware {
  return async (ctx, next) => {
    const { companyId } = validate(companyIdParams, ctx.params);
    const scope = { companyId, userId: ctx.state.person.id };
    // The membership and entitlements in one round trip of their own, for reads and writes.
    establishAccess(ctx, companyId, await loadCompanyAccessInOneTrip(orm, companyId, scope.userId));
    // A read's `withTenant`s of this company share one transaction, begun by the first of
    // them (db's withSharedTenantTransaction); a read in one trip begins none. A write keeps
    // transactions of its own.
    if (ctx.method === 'GET' || ctx.method === 'HEAD') await withSharedTenantTransaction(orm, scope, next);
    else await next();
  };
}

/** The membership, entitlements and ability of the request, or 403. */
function establishAccess(ctx: Context, companyId: string, { membership, facts }: CompanyAccess): void {
  if (!membership) throw forbidden('You are not a member of this company, or it does not exist.');
  ctx.state.membership = { id: membership.id, companyId, role: membership.role, moduleRoles: membership.moduleRoles };
  const entitlements = entitlementsOf(facts, new Date());
  ctx.state.entitlements = entitlements;
  ctx.state.ability = defineAbilityFor({
    role: membership.role,
    moduleRoles: membership.moduleRoles,
    activeModules: entitlements.usableModules,
    modulesReadOnly: entitlements.modulesReadOnly,
    userId: ctx.state.person.id,
  });
}

const actionWords: Record<Action, string> = { manage: 'manage', read: 'see', create: 'create', update: 'change', delete: 'remove' };
const subjectWords: Record<CompanySubject, string> = {
  Company: 'the company settings',
  Branding: 'the branding',
  Member: 'team members',
  Invitation: 'invitations',
  Ownership: 'ownership',
  Billing: 'billing',
  AuditEvent: 'the audit log',
  Onboarding: 'the onboarding',
  Marketplace: 'modules in the marketplace',
  Help: 'Atrium help',
};

/** The person's ability allows `action` on `subject`, or a 403 that says whom to ask. */
export function requireAbility(action: Action, subject: CompanySubject): Middleware {
  return async (ctx, next) => {
    if (!ctx.state.ability.can(action, subject)) {
      throw new HttpError(403, 'forbidden', `Your role (${ctx.state.membership.role}) cannot ${actionWords[action]} ${subjectWords[subject]}. Ask an owner or admin of this company.`);
    }
    await next();
  };
}
