import type { ApiDependencies } from '../../deps';
import type { RouteRegistry } from '../../http/routes';
import { registerModuleRoutes } from '../kit/module-routes';
import { contactRoutes } from './contacts';
import { importRoutes } from './imports';
import { pipelineRoutes } from './pipeline';
import { timelineRoutes } from './timeline';

/** Every CRM route, under `/api/companies/:companyId/modules/crm`, gated by the kit. */
export function registerCrmRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  registerModuleRoutes(registry, 'crm', (routes) => {
    // The export is declared before `/contacts/:contactId`, so "export" is not read as an id.
    importRoutes(routes, deps);
    contactRoutes(routes, deps);
    pipelineRoutes(routes, deps);
    timelineRoutes(routes, deps);
  });
}
