import type { Action, ModuleKey } from '@atrium/core';
import type { RouteRegistry, RouteSpec } from '../../http/routes';

/** A module route as the module declares it: its path under the module, and the action it needs. */
export type ModuleRouteSpec = Omit<RouteSpec, 'path' | 'access' | 'can' | 'module' | 'tags'> & {
  /** Under `/api/companies/:companyId/modules/<module>`, e.g. `/contacts/:contactId`. */
  path: string;
  /** What the person's module role must allow; the module gate (402, read-only) comes with it. */
  can: Action;
};

/** What a module's route files receive: `routes.add({ … })` once per route. */
export type ModuleRoutes = { add(spec: ModuleRouteSpec): void };

/**
 * One call per module declares all its routes: each gets the company guard, the module gate
 * (not active → 402 with the marketplace link, read-only while past due → 402 on writes)
 * and the module-role check, and is documented under the module's tag.
 */
export function registerModuleRoutes(registry: RouteRegistry, module: ModuleKey, declare: (routes: ModuleRoutes) => void): void {
  declare({
    add: (spec) => {
      if (!spec.responses[200] && !spec.responses[201] && !spec.responses[204]) throw new Error(`${spec.path} of ${module} documents no success response.`);
      registry.add({ ...spec, path: `/api/companies/:companyId/modules/${module}${spec.path}`, access: 'company', can: [spec.can, 'module'], module, tags: [module] });
    },
  });
}
