import { companyIdParams, defineAbilityFor, moduleKeys, usableModules, type Action, type AtriumAbility, type CompanyRole, type CompanySubject, type ModuleKey, type ModuleRole } from '@atrium/core';
import { Membership, withTenant, type MikroORM } from '@atrium/db';
import { loadModuleFacts } from '../marketplace/module-facts';
import { fromNodeHeaders } from 'better-auth/node';
import type { Middleware } from 'koa';
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
  }
}

/** A signed-in person, from the better-auth session cookie. */
export function requirePerson(auth: Auth): Middleware {
  return async (ctx, next) => {
    const session = await auth.api.getSession({ headers: fromNodeHeaders(ctx.req.headers) });
    if (!session) throw unauthorized();
    ctx.state.person = { id: session.user.id, email: session.user.email, name: session.user.name };
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
    const { membership, modules } = await withTenant(orm, { companyId, userId: ctx.state.person.id }, async (em) => ({
      membership: await em.findOne(Membership, { company: companyId, userId: ctx.state.person.id }),
      modules: await loadModuleFacts(em, companyId),
    }));
    if (!membership) throw forbidden('You are not a member of this company, or it does not exist.');
    ctx.state.membership = {
      id: membership.id,
      companyId,
      role: membership.role,
      moduleRoles: membership.moduleRoles as Partial<Record<ModuleKey, ModuleRole>>,
    };
    // A module is active when the subscription pays for it (as its workflow last recorded) or it is in trial.
    ctx.state.modules = modules;
    const activeModules = usableModules(moduleKeys, modules, new Date());
    const modulesReadOnly = modules.subscriptionStatus === 'past_due' || modules.subscriptionStatus === 'paused';
    ctx.state.ability = defineAbilityFor({ role: membership.role, moduleRoles: ctx.state.membership.moduleRoles, activeModules, modulesReadOnly });
    await next();
  };
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
