import { apiError, moduleUpdateListView, moduleUpdatesParams, moduleUpdatesQuery } from '@atrium/core';
import { ModuleUpdate, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import type { RouteRegistry } from '../http/routes';
import { validate } from '../http/validate';

/**
 * A module's "What's new": its published updates, newest first, for its home. Behind the
 * module gate like every module route (`can: ['read', 'module']`): a company without the
 * module gets the 402 with the way to the marketplace, a person whose module role is none a
 * 403; the table's own policy shows a company's context published updates only.
 */
export function registerModuleUpdateRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  registry.add({
    method: 'get',
    path: '/api/companies/:companyId/modules/:module/updates',
    summary: "What's new in a module: its published updates, newest first",
    tags: ['modules'],
    access: 'company',
    can: ['read', 'module'],
    params: moduleUpdatesParams,
    query: moduleUpdatesQuery,
    responses: {
      200: { description: 'Published updates of the module', schema: moduleUpdateListView },
      402: { description: 'The module is not active', schema: apiError },
    },
    handler: async (ctx) => {
      const { companyId, module } = validate(moduleUpdatesParams, ctx.params);
      const { limit = 20 } = validate(moduleUpdatesQuery, ctx.query);
      const updates = await withTenant(deps.orm, { companyId }, (em) =>
        em.find(ModuleUpdate, { module, publishedAt: { $ne: null } }, { orderBy: { publishedAt: 'desc', id: 'desc' }, limit }),
      );
      ctx.body = { updates: updates.map(({ id, module, title, bodyHtml, publishedAt }) => ({ id, module, title, html: bodyHtml, publishedAt: publishedAt!.toISOString() })) };
    },
  });
}
