import { companyIdParams, overviewView } from '@atrium/core';
import type { ApiDependencies } from '../deps';
import type { RouteRegistry } from '../http/routes';
import { askerOf } from '../notifications/reader';
import { companyOverview } from './company-overview';

export function registerOverviewRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  registry.add({
    method: 'get', path: '/api/companies/:companyId/overview', summary: 'The business dashboard: modules, seats, billing status, spend, notices', tags: ['overview'],
    access: 'company', can: ['read', 'Company'], params: companyIdParams,
    responses: { 200: { description: 'The overview', schema: overviewView } },
    handler: async (ctx) => {
      ctx.body = await companyOverview(deps, ctx.state.membership.companyId, askerOf(ctx.state), ctx.state.entitlements);
    },
  });
}
