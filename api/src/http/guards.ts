import { companyIdParams, defineAbilityFor, entitlementsOf, type Action, type AtriumAbility, type CompanyRole, type CompanySubject, type Entitlements, type ModuleKey, type ModuleRole } from '@atrium/core';
import { makePendingAccessCheck, withAccessCheckPending, withSharedTenantTransaction, type MikroORM } from '@atrium/db';
import { AccessChanged, checkAccessInOneTrip, checkedAccessOf, type CheckedAccess, type LastAccessChecks } from '../entitlements/last-access-checks';
import { accessStatement, type CompanyAccess } from '../entitlements/load-company-access';
import { fromNodeHeaders } from 'better-auth/node';
import type { Context, Middleware } from 'koa';
import type { Auth } from '../auth/better-auth';
import { forbidden, HttpError, unauthorized } from './http-error';
import type { RouteSpec } from './routes';
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
 *
 * Wraps the route (its ability check and handler) rather than preceding it, because a read
 * may run twice: a read (GET, not an event stream) by someone who was a member at their last
 * request runs on that last check while the new one rides in the read's own trip
 * (`answerOnExpectedAccess`), one round trip instead of two; when the new check differs, the
 * route runs again on it.
 */
export function requireMembership(orm: MikroORM, lastChecks: LastAccessChecks): (route: Middleware, spec: RouteSpec) => Middleware {
  return (route, spec) => {
    const mayExpect = spec.method === 'get' && !Object.values(spec.responses).some((response) => response.media === 'text/event-stream');
    return async (ctx, next) => {
      const { companyId } = validate(companyIdParams, ctx.params);
      const userId = ctx.state.person.id;
      const scope = { companyId, userId };
      // A read's `withTenant`s of this company share one transaction, begun by the first of
      // them (db's withSharedTenantTransaction); a read in one trip begins none. A write keeps
      // transactions of its own.
      const runRoute = () => (ctx.method === 'GET' || ctx.method === 'HEAD' ? withSharedTenantTransaction(orm, scope, () => route(ctx, next)) : route(ctx, next));
      const last = mayExpect ? lastChecks.of(userId, companyId) : undefined;
      let fresh: CheckedAccess;
      if (last) {
        const headersBefore = new Set(ctx.response.headers ? Object.keys(ctx.response.headers) : []);
        try {
          await answerOnExpectedAccess(ctx, orm, scope, last, runRoute);
          return;
        } catch (error) {
          if (!(error instanceof AccessChanged)) throw error;
          fresh = error.fresh;
          forgetAnswer(ctx, headersBefore);
        }
      } else {
        fresh = await checkAccessInOneTrip(orm, companyId, userId);
      }
      lastChecks.remember(userId, companyId, fresh);
      establishAccess(ctx, companyId, fresh.access);
      await runRoute();
    };
  };
}

/**
 * Runs the route on the person's last access check, with the new check pending: the route's
 * first one-trip read carries it, and anything else that reaches the database makes it
 * first (db's tenancy/access-check.ts). Before the answer stands, the check is made if no
 * read made it, a refusal included (a 403 or 402 decided on the last check); a check that
 * differs throws `AccessChanged`.
 */
async function answerOnExpectedAccess(ctx: Context, orm: MikroORM, scope: { companyId: string; userId: string }, last: CheckedAccess, runRoute: () => Promise<unknown>): Promise<void> {
  establishAccess(ctx, scope.companyId, last.access);
  const check = {
    ...scope,
    statement: accessStatement(scope.companyId, scope.userId),
    verify(rows: Record<string, unknown>[]) {
      // The text alone on the hot path; the access is built only when it changed.
      if (JSON.stringify(rows[0]) !== last.text) throw new AccessChanged(checkedAccessOf(rows[0]!));
    },
  };
  await withAccessCheckPending(check, async () => {
    try {
      await runRoute();
    } catch (error) {
      if (!(error instanceof AccessChanged)) await makePendingAccessCheck(orm);
      throw error;
    }
    await makePendingAccessCheck(orm);
  });
}

/** What a run on an outdated access check began to answer, forgotten, so the second run answers alone. */
function forgetAnswer(ctx: Context, headersBefore: Set<string>): void {
  for (const name of ctx.res.getHeaderNames()) if (!headersBefore.has(name)) ctx.remove(name);
  if (ctx.body !== undefined && ctx.body !== null) ctx.body = undefined;
  // A read answers 200 unless it says otherwise; clearing the body above set 204.
  ctx.status = 200;
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
