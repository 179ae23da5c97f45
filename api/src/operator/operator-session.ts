import { randomBytes, randomUUID } from 'node:crypto';
import type { OperatorView } from '@atrium/core';
import { Operator, OperatorSession, tokenDigest, withTenant, type EntityManager } from '@atrium/db';
import type { Context, Middleware } from 'koa';
import type { ApiDependencies } from '../deps';
import { unauthorized } from '../http/http-error';
import { operatorCookie } from './operator-cookie';

declare module 'koa' {
  interface DefaultState {
    /** The signed-in Atrium operator, on /api/operator routes only. */
    operator: OperatorView;
    operatorSessionId: string;
  }
}

/** A session lasts 12 hours at most, and ends after an hour without a request. */
export const sessionLifetimeSeconds = 12 * 60 * 60;
const idleLimitMs = 60 * 60 * 1000;
/** `last_seen_at` is written at most once a minute, not on every request. */
const touchEveryMs = 60 * 1000;

/** The operator context's name, as PostgreSQL sees it: who acts. */
export const operatorScope = (operator: Pick<OperatorView, 'id' | 'email'>) => `operator ${operator.id} (${operator.email})`;

/** Opens a session in the caller's operator transaction; the token goes in the cookie, its HMAC in the table. */
export function startOperatorSession(em: EntityManager, deps: ApiDependencies, ctx: Context, operatorId: string): string {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  em.create(OperatorSession, {
    id: randomUUID(),
    operator: operatorId,
    tokenHash: tokenDigest(token, deps.config.operator.secret),
    createdAt: now,
    expiresAt: new Date(now.getTime() + sessionLifetimeSeconds * 1000),
    lastSeenAt: now,
    ipAddress: ctx.ip.slice(0, 64) || null,
    userAgent: ctx.get('user-agent').slice(0, 300) || null,
  });
  return token;
}

/**
 * A signed-in operator, from the operator cookie only: a company person's session is not
 * looked at, so no company role reaches an operator route (401), and this cookie reaches
 * no company route (the company guards read better-auth's cookie only).
 */
export function requireOperator(deps: ApiDependencies): Middleware {
  return async (ctx, next) => {
    const token = operatorCookie(ctx);
    if (!token) throw unauthorized();
    const now = Date.now();
    const found = await withTenant(deps.orm, { operator: 'session check' }, async (em) => {
      const session = await em.findOne(OperatorSession, { tokenHash: tokenDigest(token, deps.config.operator.secret) }, { populate: ['operator'] });
      if (!session) return null;
      const operator = session.operator as unknown as InstanceType<typeof Operator.class>;
      const expired = session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + idleLimitMs <= now || operator.disabledAt !== null || !operator.totpEnrolledAt;
      if (expired) {
        em.remove(session);
        await em.flush();
        return null;
      }
      if (session.lastSeenAt.getTime() + touchEveryMs < now) {
        session.lastSeenAt = new Date(now);
        await em.flush();
      }
      return { sessionId: session.id, operator: { id: operator.id, email: operator.email, name: operator.name } };
    });
    if (!found) throw unauthorized();
    ctx.state.operator = found.operator;
    ctx.state.operatorSessionId = found.sessionId;
    await next();
  };
}
