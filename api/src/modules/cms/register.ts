import type { ApiDependencies } from '../../deps';
import type { RouteRegistry } from '../../http/routes';
import { registerModuleRoutes } from '../kit/module-routes';
import { mediaRoutes } from './media';
import { pageRoutes } from './pages';
import { publicSiteRoutes } from './public-site';
import { siteRoutes } from './sites';

/** Every CMS route: the editors' under `/api/companies/:companyId/modules/cms`, gated by the kit, and the public site. */
export function registerCmsRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  registerModuleRoutes(registry, 'cms', (routes) => {
    siteRoutes(routes, deps);
    pageRoutes(routes, deps);
    mediaRoutes(routes, deps);
  });
  publicSiteRoutes(registry, deps);
}
