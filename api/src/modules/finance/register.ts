import type { ApiDependencies } from '../../deps';
import type { RouteRegistry } from '../../http/routes';
import { registerModuleRoutes } from '../kit/module-routes';
import { bankRoutes } from './bank';
import { claimRoutes } from './claims';
import { reportRoutes } from './reports';
import { settingsRoutes } from './settings';

/** Every Finance route, under `/api/companies/:companyId/modules/finance`, gated by the kit. */
export function registerFinanceRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  registerModuleRoutes(registry, 'finance', (routes) => {
    settingsRoutes(routes, deps);
    claimRoutes(routes, deps);
    bankRoutes(routes, deps);
    reportRoutes(routes, deps);
  });
}
