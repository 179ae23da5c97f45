import { apiError } from '@atrium/core';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import type { RouteSpec } from '../http/routes';
import { doorOf } from '../auth/doors';

const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

const sessionCookie = [{ sessionCookie: [] as string[] }];
const operatorCookie = [{ operatorSession: [] as string[] }];

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function openApiDocument(routes: RouteSpec[]) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const operation: ZodOpenApiOperationObject = {
      summary: route.summary,
      tags: route.tags,
      ...(route.access === 'public' ? {} : { security: route.access === 'operator' ? operatorCookie : sessionCookie }),
      ...(route.params || route.query ? { requestParams: { ...(route.params ? { path: route.params } : {}), ...(route.query ? { query: route.query } : {}) } } : {}),
      ...(route.body ? { requestBody: { content: { 'application/json': { schema: route.body } } } } : {}),
      ...(route.rawBody
        ? { requestBody: { description: route.rawBody.description, content: { [route.rawBody.mediaType]: { schema: { type: 'string', format: 'binary' } } } } }
        : {}),
      responses: Object.fromEntries(
        Object.entries(withDefaultErrors(route)).map(([status, response]) => [
          status,
          {
            description: response.description,
            ...(response.schema && !response.media ? { content: { 'application/json': { schema: response.schema } } } : {}),
            ...(response.media ? { content: { [response.media]: { schema: response.schema ?? { type: 'string' as const, format: 'binary' } } } } : {}),
          },
        ]),
      ),
    };
    const path = toOpenApiPath(route.path);
    paths[path] = { ...paths[path], [route.method]: operation };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Atrium API',
      version: '0.1.0',
      description: 'Multi-tenant SaaS platform: companies, onboarding, billing and modules.',
    },
    components: {
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'atrium.session_token' },
        operatorSession: { type: 'apiKey', in: 'cookie', name: 'atrium_operator', description: "An Atrium operator's session (/operator), never a company person's" },
      },
    },
    paths,
  });
}

/** A route's own answers, with the middleware's beside them; the same status names both reasons. */
function withDefaultErrors(route: RouteSpec): RouteSpec['responses'] {
  const merged = { ...defaultErrors(route) };
  for (const [status, response] of Object.entries(route.responses)) {
    const general = merged[Number(status)];
    merged[Number(status)] = general ? { ...response, description: `${response.description}; or ${general.description}` } : response;
  }
  return merged;
}

/** The answers the middleware in front of every route may give (app.ts), documented once here. */
function defaultErrors(route: RouteSpec): RouteSpec['responses'] {
  const errors: RouteSpec['responses'] = {};
  const changesState = route.method !== 'get';
  if (route.body || route.params || route.query) errors[400] = { description: 'Invalid request', schema: apiError };
  if (route.access === 'operator') errors[401] = { description: 'Not signed in as an Atrium operator', schema: apiError };
  else if (route.access !== 'public') errors[401] = { description: 'Not signed in', schema: apiError };
  const forbidden = [
    route.access === 'company' ? 'Not a member of this company' : undefined,
    changesState ? 'Sent from another site (`cross_origin`, refused by same-origin.ts)' : undefined,
  ].filter(Boolean);
  if (forbidden.length > 0) errors[403] = { description: forbidden.join('; or '), schema: apiError };
  if (route.access === 'company') errors[404] = { description: 'No such company', schema: apiError };
  // A door (sign-in, sign-up, invitations…) counts attempts per address and account.
  if (doorOf(route.method.toUpperCase(), exampleOf(route.path), 'api')) {
    errors[429] = { description: 'Too many attempts: wait for the `Retry-After` seconds', schema: apiError };
  }
  return errors;
}

/** A concrete path for a route's pattern (`:companyId` → `x`), to match the doors' patterns against. */
const exampleOf = (path: string) => path.replace(/:[A-Za-z]+/g, 'x');
