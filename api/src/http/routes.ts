import type Router from '@koa/router';
import type { Middleware } from 'koa';
import type { Action, CompanySubject } from '@atrium/core';
import type { z } from 'zod';
import { requireAbility } from './guards';
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
  params?: z.ZodObject;
  /** Documented only: the body is raw bytes of this media type (logo upload). */
  rawBody?: { mediaType: string; description: string };
  body?: z.ZodType;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  handler: Middleware;
}

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
      const abilityCheck = !action || !subject ? [] : subject === 'module' ? [requireModule(action)] : [requireAbility(action, subject)];
      router[spec.method](spec.path, ...guards[spec.access], ...abilityCheck, spec.handler);
    }
  }
}
