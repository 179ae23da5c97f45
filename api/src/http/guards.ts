import { companyIdParams } from '@atrium/core';
import { Membership, withTenant, type MikroORM } from '@atrium/db';
import { fromNodeHeaders } from 'better-auth/node';
import type { Middleware } from 'koa';
import type { Auth } from '../auth/better-auth';
import { forbidden, unauthorized } from './http-error';
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
    membership: { companyId: string; role: string; moduleRoles: Record<string, string> };
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
    const membership = await withTenant(orm, { companyId, userId: ctx.state.person.id }, (em) =>
      em.findOne(Membership, { company: companyId, userId: ctx.state.person.id }),
    );
    if (!membership) throw forbidden('You are not a member of this company, or it does not exist.');
    ctx.state.membership = {
      companyId,
      role: membership.role,
      moduleRoles: membership.moduleRoles as Record<string, string>,
    };
    await next();
  };
}
