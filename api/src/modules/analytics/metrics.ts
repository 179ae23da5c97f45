import { analyticsFigures, analyticsMetricList, analyticsMetricParams, analyticsMetricQuery, analyticsMetrics, analyticsParams, metricKeys, moduleNames } from '@atrium/core';
import { metricFigures, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { analyticsActor, requireHistory } from './analytics-context';

export function metricRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/metrics', summary: 'Every metric Analytics offers, and whether the company has the module it reads', can: 'read', params: analyticsParams,
    responses: { 200: { description: 'The metric catalogue', schema: analyticsMetricList } },
    handler: (ctx) => {
      validate(analyticsParams, ctx.params);
      const { entitlements } = analyticsActor(ctx);
      ctx.body = {
        metrics: metricKeys.map((key) => {
          const { label, description, module, unit, aggregation } = analyticsMetrics[key];
          return { key, label, description, module, moduleName: module ? moduleNames[module] : null, unit, aggregation, available: module === null || entitlements.usableModules.includes(module) };
        }),
      };
    },
  });

  routes.add({
    method: 'get', path: '/metrics/:metric', summary: 'A metric’s figures over a date range in day, week or month buckets, with the period before (or "needs <Module>")', can: 'read',
    params: analyticsMetricParams, query: analyticsMetricQuery,
    responses: { 200: { description: 'The figures, or which module they need', schema: analyticsFigures }, 402: { description: 'usage_limit_reached: further back than the plan’s history' } },
    handler: async (ctx) => {
      const { companyId, metric } = validate(analyticsMetricParams, ctx.params);
      const { from, to, bucket, compare } = validate(analyticsMetricQuery, ctx.query);
      const actor = analyticsActor(ctx);
      requireHistory(actor, { from, to });
      ctx.body = await withTenant(deps.orm, { companyId }, (em) => metricFigures(em, actor.entitlements, { metric, range: { from, to }, bucket, compare }));
    },
  });
}
