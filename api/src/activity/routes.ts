import { activityFeedQuery, activityFeedView, companyIdParams } from '@atrium/core';
import type { ApiDependencies } from '../deps';
import type { RouteRegistry } from '../http/routes';
import { validate } from '../http/validate';
import { activityFeed } from './activity-feed';

export function registerActivityRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  registry.add({
    method: 'get', path: '/api/companies/:companyId/activity', summary: "The company's recent activity, as far as this person's roles allow", tags: ['overview'],
    access: 'company', can: ['read', 'Company'], params: companyIdParams, query: activityFeedQuery,
    responses: { 200: { description: 'Newest first', schema: activityFeedView } },
    handler: async (ctx) => {
      const { limit } = validate(activityFeedQuery, ctx.query);
      ctx.body = await activityFeed(deps, ctx.state.membership.companyId, ctx.state.ability, limit);
    },
  });
}
