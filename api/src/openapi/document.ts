import { apiError } from '@atrium/core';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import type { RouteSpec } from '../http/routes';

const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

const sessionCookie = [{ sessionCookie: [] as string[] }];

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function openApiDocument(routes: RouteSpec[]) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const operation: ZodOpenApiOperationObject = {
      summary: route.summary,
      tags: route.tags,
      ...(route.access === 'public' ? {} : { security: sessionCookie }),
      ...(route.params || route.query ? { requestParams: { ...(route.params ? { path: route.params } : {}), ...(route.query ? { query: route.query } : {}) } } : {}),
      ...(route.body ? { requestBody: { content: { 'application/json': { schema: route.body } } } } : {}),
      ...(route.rawBody
        ? { requestBody: { description: route.rawBody.description, content: { [route.rawBody.mediaType]: { schema: { type: 'string', format: 'binary' } } } } }
        : {}),
      responses: Object.fromEntries(
        Object.entries({ ...defaultErrors(route), ...route.responses }).map(([status, response]) => [
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
      },
    },
    paths,
  });
}

function defaultErrors(route: RouteSpec): RouteSpec['responses'] {
  const errors: RouteSpec['responses'] = {};
  if (route.body || route.params || route.query) errors[400] = { description: 'Invalid request', schema: apiError };
  if (route.access !== 'public') errors[401] = { description: 'Not signed in', schema: apiError };
  if (route.access === 'company') {
    errors[403] = { description: 'Not a member of this company', schema: apiError };
    errors[404] = { description: 'No such company', schema: apiError };
  }
  return errors;
}
