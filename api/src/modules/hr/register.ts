import type { ApiDependencies } from '../../deps';
import type { RouteRegistry } from '../../http/routes';
import { registerModuleRoutes } from '../kit/module-routes';
import { employeeRoutes } from './employees';
import { leaveRoutes } from './leave';

/** Every HR route, under `/api/companies/:companyId/modules/hr`, gated by the kit. */
export function registerHrRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  registerModuleRoutes(registry, 'hr', (routes) => {
    // `/employees/import` before `/employees/:employeeId`, so "import" is not read as an id.
    const all = { add: routes.add };
    employeeRoutes(all, deps);
    leaveRoutes(all, deps);
  });
}
