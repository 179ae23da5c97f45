import type Router from '@koa/router';
import type { Middleware } from 'koa';
import type { z } from 'zod';

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
  params?: z.ZodObject;
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
      router[spec.method](spec.path, ...guards[spec.access], spec.handler);
    }
  }
}
