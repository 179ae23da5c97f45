import type { ApiDependencies } from '../../deps';
import type { RouteRegistry } from '../../http/routes';
import { registerModuleRoutes } from '../kit/module-routes';
import { registerProjectGuestRoutes } from './guest-access';
import { guestRoutes } from './guests';
import { milestoneRoutes } from './milestones';
import { projectRoutes } from './projects';
import { taskRoutes } from './tasks';

/** Every Projects route under `/api/companies/:companyId/modules/projects`, gated by the kit, plus the client guests' own doors. */
export function registerProjectsRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  registerModuleRoutes(registry, 'projects', (routes) => {
    projectRoutes(routes, deps);
    taskRoutes(routes, deps);
    milestoneRoutes(routes, deps);
    guestRoutes(routes, deps);
  });
  registerProjectGuestRoutes(registry, deps);
}
