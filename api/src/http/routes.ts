import type Router from '@koa/router';
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
  /** `public` needs no session; `person` a signed-in person; `company` a member of `:companyId`. */
  access: 'public' | 'person' | 'company';
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
  responses: Record<number, { description: string; schema?: z.ZodType }>;
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

  mount(router: Router, guards: Record<RouteSpec['access'], Middleware[]>): void {
    for (const spec of this.routes) {
      if (spec.access === 'company' && !spec.can) {
        throw new Error(`${spec.method.toUpperCase()} ${spec.path} is a company route without an ability check.`);
      }
      const [action, subject] = spec.can ?? [];
      const abilityCheck = !action || !subject ? [] : subject === 'module' ? [requireModule(action, spec.module)] : [requireAbility(action, subject)];
      router[spec.method](spec.path, ...guards[spec.access], ...abilityCheck, ...(spec.body ? [jsonBodyOnly] : []), spec.handler);
    }
  }
}
