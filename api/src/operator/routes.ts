import { apiError, describeOperatorAuditEvent, okView, operatorAuditEventView, operatorEnrolmentRequest, operatorLoginRequest, operatorLoginResult, operatorSignedIn, operatorView } from '@atrium/core';
import { OperatorAuditEvent, OperatorSession, withTenant } from '@atrium/db';
import { z } from 'zod';
import type { ApiDependencies } from '../deps';
import type { RouteRegistry } from '../http/routes';
import { validate } from '../http/validate';
import { clearOperatorCookie, setOperatorCookie } from './operator-cookie';
import { operatorScope, sessionLifetimeSeconds } from './operator-session';
import { recordOperatorAudit } from './record-operator-audit';
import { enrolOperator, signInOperator } from './sign-in';

/**
 * The operators' own doors: sign-in with a TOTP code (rate-limited as `operator-sign-in`
 * in ../auth/doors.ts), first-time enrolment, sign-out, who is signed in, and their audit
 * log. Every route here but the two doors needs an operator session (access `operator`).
 */
export function registerOperatorRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  registry.add({
    method: 'post',
    path: '/api/operator/login',
    summary: 'Operator sign-in: email, password and the TOTP code (the first time, the answer is the TOTP enrolment)',
    tags: ['operator'],
    access: 'public',
    body: operatorLoginRequest,
    responses: {
      200: { description: 'Signed in (operator cookie set), or the enrolment to complete', schema: operatorLoginResult },
      401: { description: 'Wrong email or password, a missing or wrong code', schema: apiError },
    },
    handler: async (ctx) => {
      const result = await signInOperator(deps, ctx, validate(operatorLoginRequest, ctx.request.body));
      if (result.status === 'signed_in') {
        setOperatorCookie(ctx, result.token, sessionLifetimeSeconds, deps.config.operator.secureCookie);
        ctx.body = { status: 'signed_in', operator: result.operator };
      } else {
        ctx.set('Cache-Control', 'no-store');
        ctx.body = result;
      }
    },
  });

  registry.add({
    method: 'post',
    path: '/api/operator/enrolment',
    summary: 'First sign-in: prove the authenticator app with a code and replace the one-time password',
    tags: ['operator'],
    access: 'public',
    body: operatorEnrolmentRequest,
    responses: {
      200: { description: 'Enrolled and signed in (operator cookie set)', schema: operatorSignedIn },
      401: { description: 'The enrolment expired, or the code is wrong', schema: apiError },
    },
    handler: async (ctx) => {
      const { operator, token } = await enrolOperator(deps, ctx, validate(operatorEnrolmentRequest, ctx.request.body));
      setOperatorCookie(ctx, token, sessionLifetimeSeconds, deps.config.operator.secureCookie);
      ctx.body = { status: 'signed_in', operator };
    },
  });

  registry.add({
    method: 'post',
    path: '/api/operator/logout',
    summary: "End the operator's session",
    tags: ['operator'],
    access: 'operator',
    responses: { 200: { description: 'Signed out (operator cookie cleared)', schema: okView } },
    handler: async (ctx) => {
      const { operator, operatorSessionId } = ctx.state;
      await withTenant(deps.orm, { operator: operatorScope(operator) }, async (em) => {
        await em.nativeDelete(OperatorSession, { id: operatorSessionId });
        recordOperatorAudit(em, { operator, action: 'operator.signed_out', target: operator.email });
        await em.flush();
      });
      clearOperatorCookie(ctx, deps.config.operator.secureCookie);
      ctx.body = { ok: true };
    },
  });

  registry.add({
    method: 'get',
    path: '/api/operator/me',
    summary: 'The signed-in operator',
    tags: ['operator'],
    access: 'operator',
    responses: { 200: { description: 'The operator', schema: z.object({ operator: operatorView }) } },
    handler: async (ctx) => {
      ctx.body = { operator: ctx.state.operator };
    },
  });

  registry.add({
    method: 'get',
    path: '/api/operator/audit-log',
    summary: 'What operators did, newest first (the latest 500 events)',
    tags: ['operator'],
    access: 'operator',
    responses: { 200: { description: 'Operator audit events', schema: z.object({ events: z.array(operatorAuditEventView) }) } },
    handler: async (ctx) => {
      const events = await withTenant(deps.orm, { operator: operatorScope(ctx.state.operator) }, (em) =>
        em.find(OperatorAuditEvent, {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 500 }),
      );
      ctx.body = {
        events: events.map((event) => ({
          id: event.id,
          operatorEmail: event.operatorEmail,
          action: event.action,
          target: event.target,
          companyId: event.subjectCompanyId ?? null,
          details: event.details,
          description: describeOperatorAuditEvent(event),
          createdAt: event.createdAt.toISOString(),
        })),
      };
    },
  });
}
