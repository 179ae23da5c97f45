import { healthView } from '@atrium/core';
import type { ApiDependencies } from '../deps';
import type { RouteRegistry } from '../http/routes';
import { checkHealth } from './check-health';

export function registerHealthRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  registry.add({
    method: 'get',
    path: '/api/health',
    summary: 'Whether the database and Temporal are reachable',
    tags: ['operations'],
    access: 'public',
    responses: {
      200: { description: 'Everything is up', schema: healthView },
      503: { description: 'The database or Temporal is down', schema: healthView },
    },
    handler: async (ctx) => {
      const health = await checkHealth(deps);
      ctx.status = health.status === 'ok' ? 200 : 503;
      ctx.body = health;
    },
  });
}
