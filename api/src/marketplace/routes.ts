import { apiError, appliedPreviewView, changeResultView, companyIdParams, marketplaceView, moduleKeys, trialStartedView } from '@atrium/core';
import { z } from 'zod';
import type { ApiDependencies } from '../deps';
import type { RouteRegistry } from '../http/routes';
import { validate } from '../http/validate';
import { recordAuditAfter } from '../audit/record-audit';
import { buyModule, cancelModule, previewPurchase } from './buy-module';
import { listMarketplace } from './list-marketplace';
import { startTrial } from './start-trial';

const moduleParams = z.object({
  companyId: z.uuid({ error: 'That is not a company id.' }),
  module: z.enum(moduleKeys, { error: `Modules are ${moduleKeys.join(', ')}.` }),
});
const refused = { description: 'Refused, with a message a person can act on', schema: apiError };

export function registerMarketplaceRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  const marketplace = '/api/companies/:companyId/marketplace';
  const companyId = (ctx: { state: { membership: { companyId: string } } }) => ctx.state.membership.companyId;

  registry.add({
    method: 'get', path: marketplace, summary: 'Every module with its state, prices and who may buy', tags: ['marketplace'],
    access: 'company', can: ['read', 'Marketplace'], params: companyIdParams,
    responses: { 200: { description: 'The marketplace', schema: marketplaceView } },
    handler: async (ctx) => {
      ctx.body = await listMarketplace(deps, companyId(ctx), ctx.state.ability, ctx.state.entitlements);
    },
  });

  registry.add({
    method: 'post', path: `${marketplace}/:module/trial`, summary: 'Start a 14-day trial, once per module, no card needed', tags: ['marketplace'],
    access: 'company', can: ['create', 'Marketplace'], params: moduleParams,
    responses: { 201: { description: 'The trial', schema: trialStartedView }, 409: refused },
    handler: async (ctx) => {
      const { module } = validate(moduleParams, ctx.params);
      ctx.status = 201;
      ctx.body = await startTrial(deps, companyId(ctx), ctx.state.entitlements, module);
      await recordAuditAfter(deps, { companyId: companyId(ctx), actor: ctx.state.person, category: 'billing', action: 'module.trial_started', target: module });
    },
  });

  registry.add({
    method: 'post', path: `${marketplace}/:module/purchase/preview`, summary: 'What buying the module costs now', tags: ['marketplace'],
    access: 'company', can: ['create', 'Marketplace'], params: moduleParams,
    responses: { 200: { description: 'The preview', schema: appliedPreviewView }, 409: refused },
    handler: async (ctx) => {
      const { module } = validate(moduleParams, ctx.params);
      ctx.body = await previewPurchase(deps, companyId(ctx), module);
    },
  });

  registry.add({
    method: 'post', path: `${marketplace}/:module/purchase`, summary: 'Buy the module (or call off its cancellation); charged prorated now', tags: ['marketplace'],
    access: 'company', can: ['create', 'Marketplace'], params: moduleParams,
    responses: { 200: { description: 'Bought', schema: changeResultView }, 402: refused, 409: refused },
    handler: async (ctx) => {
      const { module } = validate(moduleParams, ctx.params);
      ctx.body = await buyModule(deps, companyId(ctx), ctx.state.person, module);
    },
  });

  registry.add({
    method: 'post', path: `${marketplace}/:module/cancel`, summary: 'Cancel the module at the period end', tags: ['marketplace'],
    access: 'company', can: ['delete', 'Marketplace'], params: moduleParams,
    responses: { 200: { description: 'Scheduled', schema: changeResultView }, 409: refused },
    handler: async (ctx) => {
      const { module } = validate(moduleParams, ctx.params);
      ctx.body = await cancelModule(deps, companyId(ctx), ctx.state.person, module);
    },
  });
}
