import type { ApiDependencies } from '../../deps';
import type { RouteRegistry } from '../../http/routes';
import { registerModuleRoutes } from '../kit/module-routes';
import { dashboardRoutes } from './dashboards';
import { metricRoutes } from './metrics';
import { reportRoutes } from './reports';

/** Every Analytics route, under `/api/companies/:companyId/modules/analytics`, gated by the kit. */
export function registerAnalyticsRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  registerModuleRoutes(registry, 'analytics', (routes) => {
    metricRoutes(routes, deps);
    dashboardRoutes(routes, deps);
    reportRoutes(routes, deps);
  });
}
