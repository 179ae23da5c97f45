import { bodyParser } from '@koa/bodyparser';
import Router from '@koa/router';
import { toNodeHandler } from 'better-auth/node';
import Koa from 'koa';
import helmet from 'koa-helmet';
import { registerActivityRoutes } from './activity/routes';
import { registerAuditRoutes } from './audit/routes';
import { createDoorLimits, guardDoors } from './auth/rate-limit';
import { jsonBodyLimitBytes } from './http/body-limit';
import { registerAuthRoutes } from './auth/routes';
import { registerBillingRoutes } from './billing/routes';
import { registerBrandingRoutes } from './branding/routes';
import { registerCompanyRoutes } from './company/routes';
import { mountDevOutbox } from './dev/outbox-routes';
import { mountDevCmsPageViews } from './dev/cms-page-views';
import type { ApiDependencies } from './deps';
import { registerHealthRoutes } from './health/routes';
import { registerHelpRoutes } from './help/routes';
import { registerHelpTicketRoutes } from './help/tickets/routes';
import { registerChatRoutes } from './help/chat/routes';
import { registerConsoleChatRoutes } from './operator/chat/routes';
import { errorsAsJson } from './http/errors-middleware';
import { LastAccessChecks } from './entitlements/last-access-checks';
import { requireMembership, requirePerson } from './http/guards';
import { requestLogging } from './http/request-logging';
import { refuseCrossOrigin } from './http/same-origin';
import { RouteRegistry } from './http/routes';
import { registerMarketplaceRoutes } from './marketplace/routes';
import { registerCrmRoutes } from './modules/crm/register';
import { registerHrRoutes } from './modules/hr/register';
import { registerFinanceRoutes } from './modules/finance/register';
import { registerProjectsRoutes } from './modules/projects/register';
import { registerSupportRoutes } from './modules/support/register';
import { registerAnalyticsRoutes } from './modules/analytics/register';
import { registerCmsRoutes } from './modules/cms/register';
import { registerModuleRoutes } from './modules/routes';
import { registerModuleUpdateRoutes } from './module-updates/routes';
import { registerNotificationRoutes } from './notifications/routes';
import { registerOnboardingRoutes } from './onboarding/routes';
import { registerOverviewRoutes } from './overview/routes';
import { openApiDocument } from './openapi/document';
import { registerConsoleCompanyRoutes } from './operator/companies/routes';
import { registerConsoleHelpRoutes } from './operator/help/routes';
import { registerConsoleModuleUpdateRoutes } from './operator/module-updates/routes';
import { registerConsoleTicketRoutes } from './operator/tickets/routes';
import { requireOperator } from './operator/operator-session';
import { registerOperatorRoutes } from './operator/routes';
import { registerTeamRoutes } from './team/routes';

/** Every feature's routes, in one place: the OpenAPI document and the tests walk this list. */
export function buildRoutes(deps: ApiDependencies): RouteRegistry {
  const registry = new RouteRegistry();
  registerHealthRoutes(registry, deps);
  registerAuthRoutes(registry, deps);
  registerBillingRoutes(registry, deps);
  registerMarketplaceRoutes(registry, deps);
  registerModuleRoutes(registry, deps);
  registerModuleUpdateRoutes(registry, deps);
  registerCrmRoutes(registry, deps);
  registerHrRoutes(registry, deps);
  registerFinanceRoutes(registry, deps);
  registerProjectsRoutes(registry, deps);
  registerSupportRoutes(registry, deps);
  registerAnalyticsRoutes(registry, deps);
  registerCmsRoutes(registry, deps);
  registerNotificationRoutes(registry, deps);
  registerOverviewRoutes(registry, deps);
  registerActivityRoutes(registry, deps);
  registerCompanyRoutes(registry, deps);
  registerBrandingRoutes(registry, deps);
  registerTeamRoutes(registry, deps);
  registerAuditRoutes(registry, deps);
  registerOnboardingRoutes(registry, deps);
  registerHelpRoutes(registry, deps);
  registerHelpTicketRoutes(registry, deps);
  registerChatRoutes(registry, deps);
  // The operator console: Atrium's staff only (their own session), never a company's.
  registerOperatorRoutes(registry, deps);
  registerConsoleCompanyRoutes(registry, deps);
  registerConsoleHelpRoutes(registry, deps);
  registerConsoleModuleUpdateRoutes(registry, deps);
  registerConsoleTicketRoutes(registry, deps);
  registerConsoleChatRoutes(registry, deps);
  return registry;
}

export function createApp(deps: ApiDependencies) {
  // Behind the dashboard (or a load balancer), which appends the address it saw to
  // X-Forwarded-For: only that last hop is trusted, so a client cannot pick its own address
  // (and so its own rate-limit counters) by sending the header itself.
  const app = new Koa({ proxy: true, maxIpsCount: 1 });
  // What reaches here failed after the answer began (errorsAsJson handles the rest). A
  // browser that leaves a streamed answer (the bell's event stream) is not a failure.
  app.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    deps.logger.error({ error: error.stack ?? String(error) }, 'an answer failed after it began');
  });
  const registry = buildRoutes(deps);
  const document = openApiDocument(registry.routes);

  app.use(requestLogging(deps.logger));
  app.use(errorsAsJson());
  app.use(helmet());
  // Before anything acts on a request, better-auth's endpoints included.
  app.use(refuseCrossOrigin(deps.config.publicUrl));

  const doorLimits = createDoorLimits(deps.authPool, deps.config.rateLimits);
  app.use(guardDoors(doorLimits, 'better-auth'));

  // better-auth's own endpoints (password reset, session list…) read the raw body, so
  // they are mounted before the JSON body parser.
  const authHandler = toNodeHandler(deps.auth);
  app.use(async (ctx, next) => {
    if (!ctx.path.startsWith('/api/auth/')) return next();
    ctx.respond = false;
    await authHandler(ctx.req, ctx.res);
  });

  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: jsonBodyLimitBytes, encoding: 'utf-8' }));
  app.use(guardDoors(doorLimits, 'api'));

  const router = new Router();
  const person = requirePerson(deps.auth);
  const membership = requireMembership(deps.orm, new LastAccessChecks());
  registry.mount(
    router,
    {
      public: (route) => [route],
      person: (route) => [person, route],
      company: (route, spec) => [person, membership(route, spec)],
      operator: (route) => [requireOperator(deps), route],
    },
    { checkResponses: deps.config.checkResponses },
  );
  router.get('/api/openapi.json', (ctx) => {
    ctx.body = document;
  });
  if (deps.config.devOutbox) mountDevOutbox(router, deps);
  if (deps.config.devOutbox) mountDevCmsPageViews(router, deps);
  app.use(router.routes());
  app.use(router.allowedMethods({ throw: false }));
  return { app, registry, document };
}
