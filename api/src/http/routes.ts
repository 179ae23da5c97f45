import type Router from '@koa/router';
import compose from 'koa-compose';
import type { Middleware } from 'koa';
import type { Action, CompanySubject, ModuleKey } from '@atrium/core';
import type { z } from 'zod';
import { requireAbility } from './guards';
import { HttpError } from './http-error';
import { requireModule } from './module-gate';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One route as both the router and the OpenAPI document see it. */
export interface RouteSpec {
  method: HttpMethod;
  /** Koa path, e.g. `/api/companies/:companyId/onboarding`. */
  path: string;
  summary: string;
  tags: string[];
  /**
   * `public` needs no session; `person` a signed-in person; `company` a member of
   * `:companyId`; `operator` a signed-in Atrium operator (their own session cookie, never
   * a company person's; api/src/operator).
   */
  access: 'public' | 'person' | 'company' | 'operator';
  /**
   * For company routes: what the person's ability must allow (checked before the handler).
   * `'module'` means the business module named by `:module`, gated by `requireModule`.
   */
  can?: [Action, CompanySubject | 'module'];
  /** A module's own route (`/modules/crm/contacts`): the module the gate checks, not read from `:module`. */
  module?: ModuleKey;
  params?: z.ZodObject;
  /** The query string (search, filters, paging), validated by the handler. */
  query?: z.ZodObject;
  /** Documented only: the body is raw bytes of this media type (logo upload). */
  rawBody?: { mediaType: string; description: string };
  body?: z.ZodType;
  /**
   * Every 2xx answer has a JSON `schema`, or names the `media` type of the bytes it sends
   * (a PDF, a logo); a 204 has neither. An event stream has both: its media type and the
   * schema of each event's data. The OpenAPI test holds every route to that.
   */
  responses: Record<number, { description: string; schema?: z.ZodType; media?: string }>;
  handler: Middleware;
}

/**
 * A body in another type (a form, text/plain) is never parsed, so without this it would
 * read as `{}`: a pause with its defaults, a profile "update" with nothing in it. A route
 * that takes JSON refuses any other body; no body at all stays allowed where the schema
 * has defaults.
 */
const jsonBodyOnly: Middleware = async (ctx, next) => {
  if (ctx.request.is('application/json') === false) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the request body as application/json.');
  }
  await next();
};

/** Collects routes so the OpenAPI document and the cross-tenant suite can walk them. */
export class RouteRegistry {
  readonly routes: RouteSpec[] = [];

  add(spec: RouteSpec): void {
    this.routes.push(spec);
  }

  /**
   * Mounts every route behind the guards of its access: each guard gets the route (its
   * ability check, body check and handler as one middleware) and answers what runs, so a
   * guard may wrap it rather than only precede it (requireMembership may run it twice).
   */
  mount(router: Router, guards: Record<RouteSpec['access'], (route: Middleware, spec: RouteSpec) => Middleware[]>, { checkResponses = false } = {}): void {
    for (const spec of this.routes) {
      if (spec.access === 'company' && !spec.can) {
        throw new Error(`${spec.method.toUpperCase()} ${spec.path} is a company route without an ability check.`);
      }
      const [action, subject] = spec.can ?? [];
      const abilityCheck = !action || !subject ? [] : subject === 'module' ? [requireModule(action, spec.module)] : [requireAbility(action, subject)];
      const check = checkResponses ? [answersAsDocumented(spec)] : [];
      const route = compose([...abilityCheck, ...(spec.body ? [jsonBodyOnly] : []), spec.handler]);
      router[spec.method](spec.path, ...check, ...guards[spec.access](route, spec));
    }
  }
}

/**
 * Parses a JSON answer with the schema its route documents for that status, and turns a
 * mismatch into a 500 naming the path that differs, so a test that walks the route fails
 * where the contract and the code drifted apart. Used under test only.
 */
function answersAsDocumented(spec: RouteSpec): Middleware {
  return async (ctx, next) => {
    await next();
    const documented = spec.responses[ctx.status];
    // Another media type (a PDF, an event stream) is not JSON to parse.
    if (!documented?.schema || documented.media || ctx.body === undefined || ctx.body === null || Buffer.isBuffer(ctx.body) || typeof ctx.body !== 'object') return;
    const parsed = documented.schema.safeParse(JSON.parse(JSON.stringify(ctx.body)));
    if (parsed.success) return;
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    console.error(`[atrium-api] ${spec.method.toUpperCase()} ${spec.path} answered ${ctx.status} unlike its schema: ${problems}`);
    ctx.status = 500;
    ctx.body = { error: 'response_schema_mismatch', message: `${spec.method.toUpperCase()} ${spec.path}: ${problems}` };
  };
}
