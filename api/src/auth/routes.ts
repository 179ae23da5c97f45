import { companyMembershipView, loginRequest, meView, okView, signupRequest, userView, apiError } from '@atrium/core';
import { companiesOf } from './companies-of';
import { fromNodeHeaders } from 'better-auth/node';
import { z } from 'zod';
import type { ApiDependencies } from '../deps';
import { forwardCookies } from '../http/cookies';
import type { RouteRegistry } from '../http/routes';
import { validate } from '../http/validate';
import { authFailure } from './auth-errors';
import { signUp } from './sign-up';


const signupResponse = z.object({ user: userView, company: companyMembershipView.omit({ role: true }) });

export function registerAuthRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  registry.add({
    method: 'post',
    path: '/api/signup',
    summary: 'Create an account, its company and the owner membership, and sign in',
    tags: ['auth'],
    access: 'public',
    body: signupRequest,
    responses: {
      201: { description: 'Signed up and signed in (session cookie set)', schema: signupResponse },
      409: { description: 'The email is already registered', schema: apiError },
    },
    handler: async (ctx) => {
      const input = validate(signupRequest, ctx.request.body);
      const { user, company, headers } = await signUp(deps, input);
      forwardCookies(ctx, headers);
      ctx.status = 201;
      ctx.body = { user, company };
    },
  });

  registry.add({
    method: 'post',
    path: '/api/login',
    summary: 'Sign in with email and password',
    tags: ['auth'],
    access: 'public',
    body: loginRequest,
    responses: {
      200: { description: 'Signed in (session cookie set)', schema: z.object({ user: userView }) },
      401: { description: 'Wrong email or password', schema: apiError },
    },
    handler: async (ctx) => {
      const input = validate(loginRequest, ctx.request.body);
      const result = await deps.auth.api
        .signInEmail({ body: input, headers: fromNodeHeaders(ctx.req.headers), returnHeaders: true })
        .catch((error) => {
          throw authFailure(error);
        });
      forwardCookies(ctx, result.headers);
      const { id, email, name } = result.response.user;
      ctx.body = { user: { id, email, name } };
    },
  });

  registry.add({
    method: 'post',
    path: '/api/logout',
    summary: 'End the current session',
    tags: ['auth'],
    access: 'person',
    responses: { 200: { description: 'Signed out (session cookie cleared)', schema: okView } },
    handler: async (ctx) => {
      const result = await deps.auth.api.signOut({ headers: fromNodeHeaders(ctx.req.headers), returnHeaders: true });
      forwardCookies(ctx, result.headers);
      ctx.body = { ok: true };
    },
  });

  registry.add({
    method: 'get',
    path: '/api/me',
    summary: 'The signed-in person and the companies they belong to',
    tags: ['auth'],
    access: 'person',
    responses: { 200: { description: 'The person and their companies', schema: meView } },
    handler: async (ctx) => {
      const person = ctx.state.person;
      ctx.body = { user: person, companies: await companiesOf(deps.orm, person.id) };
    },
  });
}
