import { buildRoutes } from '../app';
import type { ApiDependencies } from '../deps';
import { openApiDocument } from './document';

/**
 * The OpenAPI document without a running API: route registration only records specs, so
 * no dependency is touched until a handler runs — and none runs here. The dashboard's
 * client generator and the contract tests read it this way.
 */
export function offlineOpenApiDocument() {
  const untouched = new Proxy({} as ApiDependencies, {
    get(_target, property) {
      throw new Error(`Building the OpenAPI document touched deps.${String(property)}; route registration must not use dependencies.`);
    },
  });
  return openApiDocument(buildRoutes(untouched).routes);
}
