import type { ApiDependencies } from '../../deps';
import type { RouteRegistry } from '../../http/routes';
import { registerModuleRoutes } from '../kit/module-routes';
import { publicFormRoutes } from './public-form';
import { savedReplyRoutes } from './saved-replies';
import { settingRoutes } from './settings';
import { ticketRoutes } from './tickets';

/** Every Support desk route: the agents' under `/api/companies/:companyId/modules/support`, gated by the kit, and the public form. */
export function registerSupportRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  registerModuleRoutes(registry, 'support', (routes) => {
    ticketRoutes(routes, deps);
    savedReplyRoutes(routes, deps);
    settingRoutes(routes, deps);
  });
  publicFormRoutes(registry, deps);
}
